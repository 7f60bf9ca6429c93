//! What `std` would give the npm package's WebAssembly build, and that build leaves out: a panic
//! handler and an allocator. Only compiled without the `std` feature, for wasm32.
//!
//! Why `no_std` at all: measured on this crate, std's panic machinery (message formatting,
//! `core::fmt`, Debug escaping with its Unicode tables, file paths) was about 8 KB of the
//! gzipped module, and dlmalloc another 3 KB, of a 40 KB budget for the whole package.
//!
//! **Panics** trap at once (`unreachable`), as `panic = "abort"` does in the std build; no
//! message is formatted. The crate is written not to panic on any input (issue-tracked fuzzing
//! and the 10 000-call hostile test hold it to that).
//!
//! **Memory** comes from a bump allocator that starts over whenever nothing is allocated.
//! Every call into the module allocates, answers and frees all it allocated (the JS glue
//! copies the answer out and frees it), so between calls nothing is live and the whole arena
//! is reused; a free list would buy nothing. Freeing the newest block gives its space back at
//! once, and growing the newest block (a `String` being written) happens in place. The arena
//! grows by `memory.grow` to the largest single call's needs, and WebAssembly memory never
//! shrinks, so memory stays bounded by the largest input the page has sent.

use core::alloc::{GlobalAlloc, Layout};
use core::arch::wasm32;
use core::cell::Cell;

const PAGE: usize = 65_536;

#[panic_handler]
fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
    wasm32::unreachable()
}

/// The arena: `[base, end)` is ours, `[base, next)` is in use by `live` blocks.
struct Bump {
    base: Cell<usize>,
    next: Cell<usize>,
    end: Cell<usize>,
    live: Cell<usize>,
}

// SAFETY: wasm32-unknown-unknown without the `atomics` target feature has one thread, so the
// cells are never touched concurrently.
#[allow(unsafe_code)]
unsafe impl Sync for Bump {}

#[global_allocator]
static ALLOCATOR: Bump = Bump { base: Cell::new(0), next: Cell::new(0), end: Cell::new(0), live: Cell::new(0) };

impl Bump {
    /// Makes `[next, to)` ours, growing memory if needed; false when memory is exhausted.
    fn reserve(&self, to: usize) -> bool {
        if self.end.get() == 0 {
            // First use: the arena starts where memory ends today, above the static data and
            // the stack, which nothing else allocates from in this build.
            let start = wasm32::memory_size(0) * PAGE;
            self.base.set(start);
            self.next.set(start);
            self.end.set(start);
        }
        if to <= self.end.get() {
            return true;
        }
        let pages = (to - self.end.get()).div_ceil(PAGE);
        if wasm32::memory_grow(0, pages) == usize::MAX {
            return false;
        }
        self.end.set(self.end.get() + pages * PAGE);
        true
    }
}

// SAFETY: every block handed out lies in memory this allocator grew and owns, is aligned as
// asked (`start` is rounded up to `layout.align()`, a power of two), and does not overlap a
// live block: `next` only moves back when the block below it is freed or nothing is live.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for Bump {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        self.reserve(0); // sets the arena up on first use
        let start = (self.next.get() + layout.align() - 1) & !(layout.align() - 1);
        let Some(end) = start.checked_add(layout.size()) else { return core::ptr::null_mut() };
        if !self.reserve(end) {
            return core::ptr::null_mut();
        }
        self.next.set(end);
        self.live.set(self.live.get() + 1);
        start as *mut u8
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let live = self.live.get().saturating_sub(1);
        self.live.set(live);
        if live == 0 {
            self.next.set(self.base.get());
        } else if ptr as usize + layout.size() == self.next.get() {
            self.next.set(ptr as usize);
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let at = ptr as usize;
        if at + layout.size() == self.next.get() {
            // The newest block: grow or shrink it where it is.
            let Some(end) = at.checked_add(new_size) else { return core::ptr::null_mut() };
            if !self.reserve(end) {
                return core::ptr::null_mut();
            }
            self.next.set(end);
            return ptr;
        }
        let Ok(new_layout) = Layout::from_size_align(new_size, layout.align()) else { return core::ptr::null_mut() };
        // SAFETY: as `GlobalAlloc::realloc`'s default: a fresh block, the old contents copied
        // (the smaller of the two sizes), the old block freed.
        unsafe {
            let new = self.alloc(new_layout);
            if !new.is_null() {
                core::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
            new
        }
    }
}
