package pl.metryka.application;

/** No such document (or not one the caller may see). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
