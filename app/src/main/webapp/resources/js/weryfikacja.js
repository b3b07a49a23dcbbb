/*
 * Document verification in the browser (/dokument/{slug}/weryfikacja). Everything is recomputed
 * here from the public API with Web Crypto, trusting nothing the server asserts:
 *  - each revision's canonical JSON is rebuilt and hashed (SHA-256) and the hash must be the
 *    content hash that a register entry of this document recorded;
 *  - each attachment's bytes must hash to the SHA-256 the revision names;
 *  - each register entry's hash is SHA-256(prevHash || canonical entry) and its Merkle leaf
 *    SHA-256(0x00 || canonical entry) is included under the signed tree head (RFC 9162 audit path);
 *    a masked entry (not public information) is included by its published leaf hash;
 *  - the tree head's Ed25519 signature verifies with the published key (where the browser
 *    supports Ed25519 in Web Crypto; otherwise the page says so).
 * The canonical form (docs/register-format.md, served at /docs/register-format.md) depends on the
 * format each structure names: format 2 is RFC 8785 (JSON Canonicalization Scheme), which is
 * JSON.stringify of the hashed members with keys sorted; format 1 (rows written before format 2):
 * keys in a fixed order, no white space, only the quote, the backslash and control characters
 * escaped (the latter as lower-case \u00xx), instants in UTC with six fractional digits.
 */
(function () {
    'use strict';

    var root = document.getElementById('weryfikacja');
    if (!root) {
        return;
    }
    var status = document.getElementById('wynik-ogolny');
    var api = root.getAttribute('data-api');
    var documentId = root.getAttribute('data-document');
    var encoder = new TextEncoder();

    function msg(name) {
        return root.getAttribute('data-msg-' + name) || name;
    }

    function show(id, text, ok) {
        var cell = document.getElementById(id);
        if (cell) {
            cell.textContent = text;
            cell.setAttribute('data-result', ok ? 'ok' : 'failed');
            cell.className = 'verification__result ' + (ok ? 'verification__result--ok' : 'verification__result--failed');
        }
    }

    function finish(ok, text) {
        status.textContent = text;
        status.setAttribute('data-result', ok ? 'ok' : 'failed');
        status.className = 'verification__status ' + (ok ? 'verification__status--ok' : 'verification__status--failed');
    }

    if (!window.crypto || !window.crypto.subtle || !window.fetch) {
        finish(false, msg('no-crypto'));
        return;
    }
    var subtle = window.crypto.subtle;

    // ---- canonical JSON -------------------------------------------------------------------

    function quote(value) {
        if (value === null || value === undefined) {
            return 'null';
        }
        var out = '"';
        for (var i = 0; i < value.length; i++) {
            var c = value.charCodeAt(i);
            if (c === 0x22) {
                out += '\\"';
            } else if (c === 0x5c) {
                out += '\\\\';
            } else if (c < 0x20) {
                out += '\\u00' + (c < 0x10 ? '0' : '') + c.toString(16);
            } else {
                out += value.charAt(i);
            }
        }
        return out + '"';
    }

    function number(value) {
        return value === null || value === undefined ? 'null' : String(value);
    }

    function instant(iso) {
        if (iso === null || iso === undefined) {
            return null;
        }
        var m = /^(\d{4,}-\d\d-\d\dT\d\d:\d\d)(:\d\d)?(?:\.(\d{1,6}))?Z$/.exec(iso);
        if (!m) {
            throw new Error('not a UTC instant: ' + iso);
        }
        return m[1] + (m[2] || ':00') + '.' + ((m[3] || '') + '000000').substring(0, 6) + 'Z';
    }

    function object(pairs) {
        return '{' + pairs.map(function (p) { return quote(p[0]) + ':' + p[1]; }).join(',') + '}';
    }

    function formatOneEntry(e) {
        return object([
            ['seq', number(e.seq)], ['at', quote(instant(e.at))], ['actor', quote(e.actor)], ['action', quote(e.action)],
            ['documentId', number(e.documentId)], ['revision', number(e.revision)], ['subject', quote(e.subject)],
            ['reason', quote(e.reason)], ['contentHash', quote(e.contentHash)]]);
    }

    function formatOneRevision(r) {
        var w = r.withheld;
        // publishedElsewhereAt (imported revisions) and withheld.inInterestOf are keys only when they have a value
        var elsewhere = r.publishedElsewhereAt != null ? [['publishedElsewhereAt', quote(instant(r.publishedElsewhereAt))]] : [];
        var withheld = w ? [['scope', quote(w.scope)], ['legalBasis', quote(w.legalBasis)], ['decidedBy', quote(w.decidedBy)]]
            .concat(w.inInterestOf != null ? [['inInterestOf', quote(w.inInterestOf)]] : []) : null;
        return object([
            ['documentId', number(r.documentId)], ['number', number(r.number)], ['title', quote(r.title)],
            ['body', quote(r.body)], ['issuer', quote(r.issuer)], ['author', quote(r.author)],
            ['authorPosition', quote(r.authorPosition)], ['createdOn', quote(r.createdOn)], ['editor', quote(r.editor)],
            ['publishedAt', quote(instant(r.publishedAt))]].concat(elsewhere, [['reason', quote(r.reason)],
            ['withheld', withheld ? object(withheld) : 'null'],
            ['attachments', '[' + (r.attachments || []).map(function (a) {
                return object([['fileName', quote(a.fileName)], ['mediaType', quote(a.mediaType)], ['size', number(a.size)],
                    ['sha256', quote(a.sha256)], ['description', quote(a.description)]]);
            }).join(',') + ']']]));
    }

    function formatOneHead(h) {
        return object([['size', number(h.size)], ['rootHash', quote(h.rootHash)], ['timestamp', quote(instant(h.timestamp))]]);
    }

    // RFC 8785 for the values Metryka hashes (strings, integers, null, objects, arrays): ECMAScript's
    // JSON.stringify already writes strings and integers as the RFC requires; only the key order is ours.
    function jcs(value) {
        if (value === null || typeof value !== 'object') {
            return JSON.stringify(value === undefined ? null : value);
        }
        if (Array.isArray(value)) {
            return '[' + value.map(jcs).join(',') + ']';
        }
        // Array.prototype.sort without a comparator orders by UTF-16 code units, as RFC 8785 requires
        return '{' + Object.keys(value).sort().map(function (k) { return JSON.stringify(k) + ':' + jcs(value[k]); }).join(',') + '}';
    }

    function pick(from, names) {
        var out = {};
        names.forEach(function (n) { out[n] = from[n] === undefined ? null : from[n]; });
        return out;
    }

    function isFormat2(structure, name) {
        if (structure.format == null || structure.format === name + '/1') {
            return false;
        }
        if (structure.format === name + '/2') {
            return true;
        }
        throw new Error('unknown format ' + structure.format);
    }

    function canonicalEntry(e) {
        return isFormat2(e, 'metryka-register') ? jcs(pick(e, ['format', 'seq', 'at', 'actor', 'action', 'documentId',
            'revision', 'subject', 'reason', 'contentHash'])) : formatOneEntry(e);
    }

    function canonicalRevision(r) {
        if (!isFormat2(r, 'metryka-revision')) {
            return formatOneRevision(r);
        }
        var hashed = pick(r, ['format', 'documentId', 'number', 'title', 'body', 'issuer', 'author', 'authorPosition',
            'createdOn', 'editor', 'publishedAt', 'publishedElsewhereAt', 'reason']);
        hashed.withheld = r.withheld ? pick(r.withheld, ['scope', 'legalBasis', 'decidedBy', 'inInterestOf']) : null;
        hashed.attachments = (r.attachments || []).map(function (a) {
            return pick(a, ['fileName', 'mediaType', 'size', 'sha256', 'description']);
        });
        return jcs(hashed);
    }

    function canonicalHead(h) {
        return isFormat2(h, 'metryka-tree-head') ? jcs(pick(h, ['format', 'size', 'rootHash', 'timestamp'])) : formatOneHead(h);
    }

    // ---- hashing ----------------------------------------------------------------------------

    function hex(bytes) {
        var out = '';
        for (var i = 0; i < bytes.length; i++) {
            out += (bytes[i] < 0x10 ? '0' : '') + bytes[i].toString(16);
        }
        return out;
    }

    function fromHex(text) {
        if (!/^[0-9a-f]{64}$/.test(text || '')) {
            throw new Error('not a SHA-256 hash: ' + text);
        }
        var bytes = new Uint8Array(32);
        for (var i = 0; i < 32; i++) {
            bytes[i] = parseInt(text.substr(i * 2, 2), 16);
        }
        return bytes;
    }

    function fromBase64(text) {
        var raw = atob(text);
        var bytes = new Uint8Array(raw.length);
        for (var i = 0; i < raw.length; i++) {
            bytes[i] = raw.charCodeAt(i);
        }
        return bytes;
    }

    function concat(parts) {
        var length = parts.reduce(function (n, p) { return n + p.length; }, 0);
        var out = new Uint8Array(length);
        var at = 0;
        parts.forEach(function (p) { out.set(p, at); at += p.length; });
        return out;
    }

    function sha256(bytes) {
        return subtle.digest('SHA-256', bytes).then(function (buffer) { return new Uint8Array(buffer); });
    }

    function node(left, right) {
        return sha256(concat([new Uint8Array([1]), left, right]));
    }

    /** RFC 9162, 2.1.3.2: verifying an inclusion proof. */
    async function verifyInclusion(leafHash, index, size, path, rootHash) {
        if (index < 0 || index >= size) {
            return false;
        }
        var fn = index;
        var sn = size - 1;
        var r = leafHash;
        for (var i = 0; i < path.length; i++) {
            var p = path[i];
            if (sn === 0) {
                return false;
            }
            if (fn % 2 === 1 || fn === sn) {
                r = await node(p, r);
                while (fn % 2 === 0 && fn !== 0) {
                    fn = Math.floor(fn / 2);
                    sn = Math.floor(sn / 2);
                }
            } else {
                r = await node(r, p);
            }
            fn = Math.floor(fn / 2);
            sn = Math.floor(sn / 2);
        }
        return sn === 0 && hex(r) === hex(rootHash);
    }

    async function verifySignature(head, publicKey) {
        var key;
        try {
            key = await subtle.importKey('spki', fromBase64(publicKey), { name: 'Ed25519' }, false, ['verify']);
        } catch (unsupported) {
            return null;
        }
        return subtle.verify({ name: 'Ed25519' }, key, fromBase64(head.signature), encoder.encode(canonicalHead(head)));
    }

    function getJson(path) {
        return fetch(api + path, { headers: { 'Accept': 'application/json' }, cache: 'no-store' }).then(function (response) {
            if (!response.ok) {
                throw new Error(path + ': ' + response.status);
            }
            return response.json();
        });
    }

    function getBytes(path) {
        return fetch(api + path, { cache: 'no-store' }).then(function (response) {
            if (!response.ok) {
                throw new Error(path + ': ' + response.status);
            }
            return response.arrayBuffer();
        }).then(function (buffer) { return new Uint8Array(buffer); });
    }

    // ---- the check --------------------------------------------------------------------------

    async function run() {
        status.textContent = msg('running');
        var proofs = await getJson('/documents/' + documentId + '/proofs');
        var head = proofs.head;
        var rootHash = fromHex(head.rootHash);
        var allOk = true;

        var signature = await verifySignature(head, proofs.publicKey.publicKey);
        if (signature === null) {
            show('wynik-podpis', msg('sig-unsupported'), true);
        } else {
            show('wynik-podpis', signature ? msg('sig-ok') : msg('sig-bad'), signature);
            allOk = allOk && signature;
        }

        var included = {};
        for (var i = 0; i < proofs.entries.length; i++) {
            var e = proofs.entries[i];
            var proof = proofs.inclusions.filter(function (p) { return p.seq === e.seq; })[0];
            // a masked entry (a kind that is not public information) publishes no content: its
            // hash and leaf hash are taken as given, and its inclusion under the signed head is checked
            var bytes = e.masked ? null : encoder.encode(canonicalEntry(e));
            var chained = e.masked ? /^[0-9a-f]{64}$/.test(e.hash || '')
                : hex(await sha256(concat([fromHex(e.prevHash), bytes]))) === e.hash;
            var leaf = e.masked ? fromHex(e.leafHash) : await sha256(concat([new Uint8Array([0]), bytes]));
            var inTree = !!proof && proof.size === head.size && proof.rootHash === head.rootHash
                && await verifyInclusion(leaf, e.seq - 1, head.size, proof.auditPath.map(fromHex), rootHash);
            if (!chained) {
                show('wynik-wpis-' + e.seq, msg('chain-bad'), false);
            } else if (!inTree) {
                show('wynik-wpis-' + e.seq, msg('not-included'), false);
            } else {
                show('wynik-wpis-' + e.seq, msg('included'), true);
                if (e.contentHash && e.revision !== null) {
                    included[e.revision + ':' + e.contentHash] = e.seq;
                }
            }
            allOk = allOk && chained && inTree;
        }

        var rows = document.querySelectorAll('tr.verification__revision');
        for (var j = 0; j < rows.length; j++) {
            var number = rows[j].getAttribute('data-revision');
            var revision = await getJson('/documents/' + documentId + '/revisions/' + number);
            var computed = hex(await sha256(encoder.encode(canonicalRevision(revision))));
            var seq = included[number + ':' + computed];
            // a version redacted after publication must match its latest redaction (its REDACTED entry);
            // the hash recorded at publication stays in the register as the commitment
            var redactions = revision.redactions || [];
            var last = redactions.length ? redactions[redactions.length - 1] : null;
            var expected = last ? last.redactedHash : rows[j].getAttribute('data-hash');
            var ok = seq !== undefined && computed === expected;
            var text = !ok ? msg('revision-bad') + ' (' + computed + ')'
                : last ? msg('revision-redacted') + ' (nr ' + seq + '; ' + last.reason + '; ' + last.legalBasis + ')'
                    : msg('revision-ok') + ' (nr ' + seq + ')';
            var files = revision.attachments || [];
            for (var k = 0; ok && k < files.length; k++) {
                var content = await getBytes('/documents/' + documentId + '/revisions/' + number + '/attachments/' + files[k].position);
                if (hex(await sha256(content)) !== files[k].sha256 || content.length !== files[k].size) {
                    ok = false;
                    text = msg('attachment-bad') + ': ' + files[k].fileName;
                }
            }
            show('wynik-wersja-' + number, text, ok);
            allOk = allOk && ok;
        }
        finish(allOk, allOk ? msg('ok') : msg('failed'));
    }

    run().catch(function (error) {
        finish(false, msg('error') + ': ' + error.message);
    });
}());
