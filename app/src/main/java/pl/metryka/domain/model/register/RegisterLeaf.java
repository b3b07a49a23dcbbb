package pl.metryka.domain.model.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The Merkle leaf hash of one register entry, kept so proofs need not re-read every entry. */
@Entity
@Table(name = "register_leaf")
public class RegisterLeaf {

    @Id
    private long seq;

    @Column(name = "leaf_hash", nullable = false)
    private String leafHash;

    protected RegisterLeaf() {}

    public RegisterLeaf(long seq, String leafHash) {
        this.seq = seq;
        this.leafHash = leafHash;
    }

    public long seq() {
        return seq;
    }

    public String leafHash() {
        return leafHash;
    }
}
