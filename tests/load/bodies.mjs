// The bodies of tests/load/run.sh's per-request CPU table: typical invalid bodies, and the
// worst a client can send within the server's 64 KiB body limit, each built to carry as much
// work (violations, keys, text) as the limit allows. Writes <dir>/<name>.json and prints one
// line per body: name, API path, file.
//   node tests/load/bodies.mjs <dir>
import { writeFileSync } from "node:fs";

const dir = process.argv[2];
const LIMIT = 64 * 1024 - 64; // within the body limit, with room to close the JSON
/** `head` + as many `item(i)` as fit (joined by commas) + `tail`. */
function fill(head, item, tail) {
  const parts = [];
  let size = head.length + tail.length;
  for (let i = 0; ; i++) {
    const s = item(i);
    if (size + s.length + 1 > LIMIT) break;
    parts.push(s);
    size += s.length + 1;
  }
  return head + parts.join(",") + tail;
}

const bodies = [
  // Typical invalid bodies: the three of tests/load/mix.lua.
  ["typical: a bad amount", "ReclaimToPartnerAccount", '{"customer_id":"c1","amount":"10.005"}'],
  ["typical: a bad registration", "CreateSubCustomer", '{"xaccount_id":"x1","xaccount_type":"t","domain_name":"Zqjxv_77k","password":"k77_vxjqZ","mobile_phone":"1395x"}'],
  ["typical: a bad order payment", "PayOrders", '{"order_id":"o1","use_coupon":"NO","use_discount":"NO","coupon_infos":[{}],"customerId":"c"}'],
  // The worst: each as much of one kind of work as 64 KiB holds.
  ["worst: wrong-type list items", "FreezeSubCustomers", fill('{"reason":"r","customer_ids":[', () => "5", "]}")],
  ["worst: bad list objects", "PayOrders", fill('{"order_id":"","use_coupon":"YES","use_discount":"NO","coupon_infos":[', (i) => `{"id":"","type":${i}}`, "]}")],
  ["worst: unknown keys", "ReclaimToPartnerAccount", fill('{"customer_id":"c1","amount":"1",', (i) => `"k${i}":0`, "}")],
  ["worst: repeated keys", "ReclaimToPartnerAccount", fill('{"customer_id":"c1",', () => '"amount":"1"', "}")],
  ["worst: lone surrogates", "ReclaimToPartnerAccount", fill('{"customer_id":"c1","amount":"1","x":[', () => '"\\ud800"', "]}")],
  ["worst: one long unknown key", "ReclaimToPartnerAccount", `{"customer_id":"c1","amount":"1","${"k".repeat(LIMIT - 60)}":0}`],
  ["worst: one long amount", "ReclaimToPartnerAccount", `{"customer_id":"c1","amount":"${"9".repeat(LIMIT - 60)}"}`],
  ["worst: nested 128 deep", "ReclaimToPartnerAccount", `{"customer_id":"c1","amount":${"[".repeat(126)}${"]".repeat(126)}}`],
];
bodies.forEach(([name, op, body], i) => {
  if (Buffer.byteLength(body) > 64 * 1024) throw new Error(`${name}: over the limit`);
  JSON.parse(body);
  const file = `${dir}/${i}.json`;
  writeFileSync(file, body);
  console.log(`${name}\t/api/${op}\t${file}`);
});
