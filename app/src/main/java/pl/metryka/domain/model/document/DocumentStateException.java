package pl.metryka.domain.model.document;

/** The document's status does not allow this step (e.g. amending a withdrawn document). */
public class DocumentStateException extends RuntimeException {

    public DocumentStateException(String message) {
        super(message);
    }
}
