package org.reviewworkspace.audit;

import org.reviewworkspace.base.Sha256;

/** SHA-256 over the previous hash and an event's canonical form. */
final class HashChain {

    private HashChain() {
    }

    static String hash(String previousHash, String canonicalForm) {
        return Sha256.hex(previousHash, canonicalForm);
    }
}
