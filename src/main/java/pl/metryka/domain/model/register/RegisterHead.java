package pl.metryka.domain.model.register;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the chain: the last sequence number and hash. Appenders lock this one row, which
 * keeps the chain linear with concurrent writers and with several application instances.
 */
@Entity
@Table(name = "register_head")
public class RegisterHead {

    static final short THE_ONLY_ID = 1;

    @Id
    private short id = THE_ONLY_ID;
    private long seq;
    private String hash;

    protected RegisterHead() {
    }

    void advanceTo(RegisterEntry entry) {
        this.seq = entry.seq();
        this.hash = entry.hash();
    }

    public long seq() { return seq; }
    public String hash() { return hash; }
}
