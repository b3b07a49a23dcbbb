#!/usr/bin/env python3
"""An independent check of a Metryka register, written from docs/register-format.md alone.

Python 3 standard library only (urllib, json, hashlib, base64). It reads the public API of a
running installation and recomputes:
  - every entry's chain hash SHA-256(prevHash bytes || canonical entry) and its link to the entry
    before (masked entries: hash and leafHash taken as published, links still checked);
  - the RFC 9162 Merkle root over all leaves, against the latest signed tree head;
  - every revision's content hash against the register entries that recorded it (after a
    redaction, against the latest REDACTED entry), and every attachment's size and SHA-256;
  - the signed head's text (the Ed25519 signature itself needs a library outside the standard
    library, so it is printed for checking with another tool, not verified here).

    python3 verify_register.py http://localhost:8080          # a running installation
    python3 verify_register.py --vectors docs/register-format.md  # the document's test vectors

Prints one line per finding and "RESULT: OK" or "RESULT: FAILED"; exits 0 or 1.
"""

import base64
import hashlib
import json
import re
import sys
import urllib.error
import urllib.request

ENTRY_MEMBERS = ["format", "seq", "at", "actor", "action", "documentId", "revision", "subject", "reason", "contentHash"]
REVISION_MEMBERS = ["format", "documentId", "number", "title", "body", "issuer", "author", "authorPosition",
                    "createdOn", "editor", "publishedAt", "publishedElsewhereAt", "reason"]
WITHHELD_MEMBERS = ["scope", "legalBasis", "decidedBy", "inInterestOf"]
ATTACHMENT_MEMBERS = ["fileName", "mediaType", "size", "sha256", "description"]
HEAD_MEMBERS = ["format", "size", "rootHash", "timestamp"]


# ---- section 2: RFC 8785 ---------------------------------------------------------------------

def jcs(value):
    """RFC 8785 for strings, integers, booleans, null, objects and arrays."""
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, int):
        if abs(value) >= 2 ** 53:
            raise ValueError("integer beyond 2^53: %d" % value)
        return str(value)
    if isinstance(value, str):
        # json.dumps escapes exactly ", \ and U+0000..U+001F (\b \t \n \f \r short, the rest \u00xx lower-case)
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ",".join(jcs(v) for v in value) + "]"
    if isinstance(value, dict):
        keys = sorted(value, key=lambda k: k.encode("utf-16-be"))  # UTF-16 code units
        return "{" + ",".join(jcs(k) + ":" + jcs(value[k]) for k in keys) + "}"
    raise ValueError("not hashable JSON: %r" % (value,))


def pick(obj, names):
    return {n: obj.get(n) for n in names}


# ---- section 8: format 1 ----------------------------------------------------------------------

def quote1(value):
    if value is None:
        return "null"
    out = ['"']
    for ch in value:
        if ch == '"' or ch == "\\":
            out.append("\\" + ch)
        elif ord(ch) < 0x20:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def object1(obj, names, optional=()):
    parts = []
    for n in names:
        v = obj.get(n)
        if n in optional and v is None:
            continue
        if isinstance(v, bool) or v is None:
            text = "null" if v is None else json.dumps(v)
        elif isinstance(v, int):
            text = str(v)
        elif isinstance(v, str):
            text = quote1(v)
        else:
            text = v  # an already canonical nested value
        parts.append(quote1(n) + ":" + text)
    return "{" + ",".join(parts) + "}"


def version(structure, name):
    fmt = structure.get("format")
    if fmt is None or fmt == name + "/1":
        return 1
    if fmt == name + "/2":
        return 2
    raise ValueError("unknown format %r" % fmt)


# ---- sections 3, 4 and 6 ------------------------------------------------------------------------

def canonical_entry(e):
    if version(e, "metryka-register") == 2:
        return jcs(pick(e, ENTRY_MEMBERS))
    return object1(e, ENTRY_MEMBERS[1:])


def canonical_revision(r):
    w = r.get("withheld")
    files = r.get("attachments") or []
    if version(r, "metryka-revision") == 2:
        hashed = pick(r, REVISION_MEMBERS)
        hashed["withheld"] = None if w is None else pick(w, WITHHELD_MEMBERS)
        hashed["attachments"] = [pick(a, ATTACHMENT_MEMBERS) for a in files]
        return jcs(hashed)
    flat = dict(r)
    flat["withheld"] = "null" if w is None else object1(w, WITHHELD_MEMBERS, optional=("inInterestOf",))
    flat["attachments"] = "[" + ",".join(object1(a, ATTACHMENT_MEMBERS) for a in files) + "]"
    return object1(flat, ["documentId", "number", "title", "body", "issuer", "author", "authorPosition", "createdOn",
                          "editor", "publishedAt", "publishedElsewhereAt", "reason", "withheld", "attachments"],
                   optional=("publishedElsewhereAt",))


def signed_head_text(h):
    if version(h, "metryka-tree-head") == 2:
        return jcs(pick(h, HEAD_MEMBERS))
    return object1(h, ["size", "rootHash", "timestamp"])


def sha256(data):
    return hashlib.sha256(data).digest()


def chain_hash(prev_hex, canonical):
    return sha256(bytes.fromhex(prev_hex) + canonical.encode("utf-8")).hex()


# ---- section 5: RFC 9162 ------------------------------------------------------------------------

def leaf_hash(canonical):
    return sha256(b"\x00" + canonical.encode("utf-8"))


def node_hash(left, right):
    return sha256(b"\x01" + left + right)


def merkle_root(leaves):
    if not leaves:
        return sha256(b"")
    if len(leaves) == 1:
        return leaves[0]
    k = 1
    while k * 2 < len(leaves):
        k *= 2
    return node_hash(merkle_root(leaves[:k]), merkle_root(leaves[k:]))


# ---- a running installation ---------------------------------------------------------------------

class Check:
    def __init__(self):
        self.failures = 0

    def ok(self, text):
        print("OK    " + text)

    def fail(self, text):
        self.failures += 1
        print("FAIL  " + text)


def get(url, raw=False):
    request = urllib.request.Request(url, headers={"Accept": "*/*" if raw else "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        body = response.read()
    return body if raw else json.loads(body.decode("utf-8"))


def verify_installation(base):
    api = base.rstrip("/") + "/api/v1"
    check = Check()
    head = get(api + "/register/head")
    size = head["size"]
    entries = []
    after = 0
    while len(entries) < size:
        items = get("%s/register?after=%d&limit=1000" % (api, after))["items"]
        if not items:
            break
        entries.extend(items)
        after = items[-1]["seq"]
    entries = entries[:size]

    prev = "0" * 64
    leaves = []
    vouches = {}
    masked = 0
    for i, e in enumerate(entries):
        seq = e["seq"]
        if seq != i + 1:
            check.fail("entry %d is missing (found seq %d)" % (i + 1, seq))
        if e.get("prevHash") != prev:
            check.fail("entry %d: prevHash does not link to the hash of entry %d" % (seq, seq - 1))
        if e.get("masked"):
            masked += 1
            leaves.append(bytes.fromhex(e["leafHash"]))
        else:
            canonical = canonical_entry(e)
            if chain_hash(e["prevHash"], canonical) != e["hash"]:
                check.fail("entry %d: hash is not SHA-256(prevHash || canonical entry)" % seq)
            leaves.append(leaf_hash(canonical))
            if e.get("documentId") is not None and e.get("revision") is not None and e.get("contentHash"):
                vouches.setdefault((e["documentId"], e["revision"]), []).append(e)
        prev = e["hash"]
    check.ok("%d entries read, chain recomputed (%d masked: hash and leaf hash taken as published)" % (len(entries), masked))

    root = merkle_root(leaves).hex()
    if len(entries) == size and root == head["rootHash"]:
        check.ok("Merkle root of the %d entries equals the signed head's root %s" % (size, root))
    else:
        check.fail("Merkle root %s of %d entries is not the signed head's %s (size %d)"
                   % (root, len(entries), head["rootHash"], size))
    print("NOTE  signed head text (Ed25519 signature not checked: not in the standard library): "
          + signed_head_text(head) + " signature " + head["signature"])
    base64.b64decode(head["signature"], validate=True)

    verify_tlog(base.rstrip("/"), entries, check)

    revisions = attachments = 0
    for (document_id, number), vouching in sorted(vouches.items()):
        name = "revision %d of document %d" % (number, document_id)
        try:
            revision = get("%s/documents/%d/revisions/%d" % (api, document_id, number))
        except urllib.error.HTTPError as error:
            check.fail("%s: not available (%s)" % (name, error.code))
            continue
        revisions += 1
        computed = sha256(canonical_revision(revision).encode("utf-8")).hex()
        redacted = [e for e in vouching if e["action"] == "REDACTED"]
        expected = [redacted[-1]] if redacted else vouching
        for e in expected:
            if computed != e["contentHash"]:
                check.fail("%s: content hashes to %s, entry %d recorded %s" % (name, computed, e["seq"], e["contentHash"]))
        for a in revision.get("attachments") or []:
            attachments += 1
            data = get("%s/documents/%d/revisions/%d/attachments/%d" % (api, document_id, number, a["position"]), raw=True)
            if hashlib.sha256(data).hexdigest() != a["sha256"] or len(data) != a["size"]:
                check.fail("%s: attachment %d does not have its recorded SHA-256 and size" % (name, a["position"]))
    check.ok("%d revision content hashes and %d attachments recomputed" % (revisions, attachments))
    return check


# ---- section 7: the C2SP checkpoint and tiles ------------------------------------------------------

def tile_path(n):
    """Section 7.3: the tile index in 3-digit groups, all but the last prefixed with x."""
    groups = "%d" % n
    groups = "0" * (-len(groups) % 3) + groups
    parts = [groups[i:i + 3] for i in range(0, len(groups), 3)]
    return "/".join(["x" + g for g in parts[:-1]] + [parts[-1]])


def verify_tlog(base, entries, check):
    """Section 7: the checkpoint names a signed head; the tiles rebuild its root (no Ed25519 here)."""
    note = get(base + "/tlog/checkpoint", raw=True).decode("utf-8")
    text, _, signatures = note.partition("\n\n")
    origin, size, root = text.split("\n")
    size = int(size)
    if base64.b64decode(root).hex() == get(
            "%s/api/v1/register/head?size=%d" % (base, size))["rootHash"]:
        check.ok("checkpoint of %s: size %d and root equal the signed head's (signature line: %s)"
                 % (origin, size, signatures.strip().split("\n")[0][:60] + "…"))
    else:
        check.fail("checkpoint %r does not match the signed heads" % text)
    key = base64.b64decode(get(base + "/api/v1/register/key")["publicKey"])[-32:]
    key_id = sha256(origin.encode("utf-8") + b"\n\x01" + key)[:4]
    line = [l for l in signatures.split("\n") if l.startswith("\u2014 %s " % origin)]
    if line and base64.b64decode(line[0].split(" ")[2])[:4] == key_id:
        check.ok("checkpoint signature line carries the key ID %s of the register key" % key_id.hex())
    else:
        check.fail("no signature line with key ID %s in the checkpoint" % key_id.hex())
    leaves, bundle_leaves = [], []
    for n in range((size + 255) // 256):
        width = min(256, size - n * 256)
        suffix = tile_path(n) + ("" if width == 256 else ".p/%d" % width)
        tile = get(base + "/tlog/tile/0/" + suffix, raw=True)
        leaves += [tile[i:i + 32] for i in range(0, len(tile), 32)]
        try:
            bundle = get(base + "/tlog/tile/entries/" + suffix, raw=True)
        except urllib.error.HTTPError as error:
            bundle = None
            masked = [e["seq"] for e in entries[n * 256:n * 256 + width] if e.get("masked")]
            if error.code == 404 and masked:  # withheld: it holds a masked entry (section 7.3)
                check.ok("entry bundle %s withheld: it holds masked entries %s; their leaves come from the hash tile"
                         % (suffix, masked[:5]))
            else:
                check.fail("entry bundle %s: %s, although it holds no masked entry" % (suffix, error.code))
        while bundle:
            length = int.from_bytes(bundle[:2], "big")
            bundle_leaves.append(hashlib.sha256(b"\x00" + bundle[2:2 + length]).digest())
            bundle = bundle[2 + length:]
    if len(leaves) == size and merkle_root(leaves).hex() == base64.b64decode(root).hex():
        check.ok("root rebuilt from %d level-0 hash tiles' %d leaf hashes" % ((size + 255) // 256, size))
    else:
        check.fail("level-0 tiles do not give the checkpoint's root")
    expected = [leaf_hash(canonical_entry(e)) for e in entries[:size] if not e.get("masked")]
    if bundle_leaves and all(b in set(leaves) for b in bundle_leaves) and set(expected) <= set(leaves):
        check.ok("%d entries of the entry bundles hash to leaves of the hash tiles" % len(bundle_leaves))
    elif bundle_leaves:
        check.fail("entry bundles do not hash to the tiles' leaves")


# ---- the document's own vectors -------------------------------------------------------------------

def verify_vectors(path):
    check = Check()
    with open(path, encoding="utf-8") as f:
        text = f.read()
    v = dict(re.findall(r"```\w+ vector=([\w-]+)\n(.*?)\n```", text, re.S))
    revision = json.loads(v["revision-json"])

    def same(name, value):
        (check.ok if value == v[name] else check.fail)("%s: %s" % (name, value))

    same("revision-canonical", canonical_revision(revision))
    same("revision-hash", sha256(v["revision-canonical"].encode("utf-8")).hex())
    prev = "0" * 64
    leaves = []
    for i, e in enumerate(json.loads(v["register-json"]), start=1):
        same("entry%d-canonical" % i, canonical_entry(e))
        same("entry%d-hash" % i, chain_hash(prev, canonical_entry(e)))
        same("entry%d-leaf" % i, leaf_hash(canonical_entry(e)).hex())
        leaves.append(leaf_hash(canonical_entry(e)))
        prev = e["hash"]
    same("node12", node_hash(leaves[0], leaves[1]).hex())
    same("root3", merkle_root(leaves).hex())
    same("head-text", signed_head_text({"format": "metryka-tree-head/2", "size": 3, "rootHash": v["root3"],
                                        "timestamp": "2026-03-04T10:00:01.500000Z"}))
    checkpoint_text = "bip.example.gov.pl/metryka\n3\n" + base64.b64encode(bytes.fromhex(v["root3"])).decode()
    same("checkpoint-text", checkpoint_text)
    key = base64.b64decode(v["public-key"])[-32:]
    key_id = sha256(b"bip.example.gov.pl/metryka\n\x01" + key)[:4]
    same("checkpoint-vkey", "bip.example.gov.pl/metryka+%s+%s" % (key_id.hex(), base64.b64encode(b"\x01" + key).decode()))
    signature = base64.b64decode(v["checkpoint-note"].split("\n")[-1].split(" ")[2])
    (check.ok if v["checkpoint-note"].startswith(checkpoint_text + "\n\n") and signature[:4] == key_id
     and len(signature) == 68 else check.fail)("checkpoint-note: text, blank line, key ID %s" % key_id.hex())
    first = dict(json.loads(v["register-json"])[0], format="metryka-register/1")
    same("format1-entry1-canonical", canonical_entry(first))
    same("format1-entry1-hash", chain_hash("0" * 64, canonical_entry(first)))
    same("format1-head-text", signed_head_text({"size": 3, "rootHash": v["root3"],
                                                "timestamp": "2026-03-04T10:00:01.500000Z"}))
    return check


def main(argv):
    if len(argv) == 3 and argv[1] == "--vectors":
        check = verify_vectors(argv[2])
    elif len(argv) == 2:
        check = verify_installation(argv[1])
    else:
        print(__doc__)
        return 2
    print("RESULT: OK" if check.failures == 0 else "RESULT: FAILED (%d)" % check.failures)
    return 0 if check.failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
