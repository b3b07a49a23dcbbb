package pl.metryka.application.tlog;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import pl.metryka.domain.model.register.RegisterRepository;
import pl.metryka.domain.model.tlog.Checkpoint;
import pl.metryka.domain.model.tlog.Cosignature;
import pl.metryka.domain.model.tlog.CosignatureRepository;
import pl.metryka.domain.model.tlog.NoteKey;
import pl.metryka.domain.model.tlog.NoteSignature;
import pl.metryka.domain.model.tlog.WitnessCosignature;
import pl.metryka.domain.shared.Moment;

/**
 * Witnesses' cosignatures (c2sp.org/tlog-cosignature, Ed25519, type 0x04) of the log's checkpoints.
 * Only witnesses named in configuration count: a cosignature is taken if it verifies with that
 * witness's key over a checkpoint this log signed (same origin, size and root); it is kept and the
 * checkpoint of that size carries it from then on. Signature lines of unknown keys are ignored, as
 * signed-note requires; a line of a configured witness that does not verify refuses the whole note.
 */
@Stateless
public class Cosignatures {

    /** How far in the future a cosignature's time may be: clocks differ a little. */
    private static final long FUTURE_SECONDS = 600;

    @Inject
    private CosignatureRepository repository;

    @Inject
    private RegisterRepository register;

    @Inject
    private LogSettings settings;

    /** Why a note was refused. */
    public enum Refusal {
        NO_WITNESSES,
        MALFORMED,
        NOT_THIS_LOGS_CHECKPOINT,
        BAD_COSIGNATURE,
        NO_COSIGNATURE
    }

    /** What became of a submitted note: the cosignatures newly kept, or why it was refused and a detail. */
    public record Intake(List<Cosignature> added, Checkpoint checkpoint, Refusal refusal, String detail) {
        static Intake refused(Refusal refusal, String detail) {
            return new Intake(List.of(), null, refusal, detail);
        }

        public boolean accepted() {
            return refusal == null;
        }
    }

    public List<NoteKey> witnesses() {
        return settings.witnesses();
    }

    /** The kept cosignatures of this checkpoint by the witnesses configured now, verified again. */
    public List<Cosignature> of(Checkpoint checkpoint) {
        List<NoteKey> witnesses = settings.witnesses();
        if (witnesses.isEmpty()) {
            return List.of();
        }
        List<Cosignature> found = new ArrayList<>();
        for (WitnessCosignature kept : repository.forSize(checkpoint.size())) {
            NoteSignature.parse(kept.line())
                    .ifPresent(line -> witnesses.stream()
                            .flatMap(w -> Cosignature.of(line, w).stream())
                            .filter(c -> c.verifies(checkpoint))
                            .findFirst()
                            .ifPresent(found::add));
        }
        return found;
    }

    /** Takes a checkpoint note carrying one or more witnesses' cosignature lines. */
    public Intake accept(String note) {
        List<NoteKey> witnesses = settings.witnesses();
        if (witnesses.isEmpty()) {
            return Intake.refused(
                    Refusal.NO_WITNESSES, "Ten biuletyn nie ma skonfigurowanych świadków (metryka.tlog.witnesses).");
        }
        Optional<Checkpoint.Signed> signed = Checkpoint.parseSigned(note);
        if (signed.isEmpty()) {
            return Intake.refused(
                    Refusal.MALFORMED, "To nie jest podpisana notatka punktu kontrolnego C2SP (tlog-checkpoint).");
        }
        Checkpoint checkpoint = signed.get().checkpoint();
        Optional<Checkpoint> ours = register.treeHead(checkpoint.size()).map(settings::checkpoint);
        if (ours.isEmpty() || !ours.get().equals(checkpoint)) {
            return Intake.refused(
                    Refusal.NOT_THIS_LOGS_CHECKPOINT,
                    "Ten dziennik nie podpisał punktu kontrolnego o pochodzeniu " + checkpoint.origin() + ", rozmiarze "
                            + checkpoint.size() + " i tym korzeniu.");
        }
        List<Cosignature> valid = new ArrayList<>();
        long latest = Moment.now().getEpochSecond() + FUTURE_SECONDS;
        for (NoteSignature line : signed.get().signatures()) {
            for (NoteKey witness : witnesses) {
                if (!line.isBy(witness)) {
                    continue;
                }
                Optional<Cosignature> cosignature = Cosignature.of(line, witness);
                if (cosignature.isEmpty()
                        || !cosignature.get().verifies(checkpoint)
                        || cosignature.get().timestamp() > latest) {
                    return Intake.refused(
                            Refusal.BAD_COSIGNATURE,
                            "Kontrasygnata świadka " + witness.name()
                                    + " nie zgadza się z jego kluczem, tym punktem kontrolnym albo czasem.");
                }
                valid.add(cosignature.get());
            }
        }
        if (valid.isEmpty()) {
            return Intake.refused(
                    Refusal.NO_COSIGNATURE, "Notatka nie ma kontrasygnaty żadnego skonfigurowanego świadka.");
        }
        List<WitnessCosignature> kept = repository.forSize(checkpoint.size());
        List<Cosignature> added = new ArrayList<>();
        Instant now = Moment.now();
        for (Cosignature cosignature : valid) {
            String keyId = String.format("%08x", cosignature.witness().keyId());
            boolean known = kept.stream()
                            .anyMatch(k ->
                                    k.witness().equals(cosignature.witness().name())
                                            && k.keyId().equals(keyId))
                    || added.stream().anyMatch(a -> a.witness().equals(cosignature.witness()));
            if (!known) {
                repository.add(new WitnessCosignature(checkpoint.size(), cosignature, now));
                added.add(cosignature);
            }
        }
        return new Intake(added, checkpoint, null, null);
    }
}
