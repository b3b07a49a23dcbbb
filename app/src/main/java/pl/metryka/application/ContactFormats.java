package pl.metryka.application;

import java.util.regex.Pattern;

/**
 * What an administrator's forms accept as an e-mail address or a telephone number: the podmiot's
 * and editors' contacts (strona podmiotowa) and the accessibility coordinator's in the statement.
 * One definition, so that a number the Redakcja page takes is never refused on the statement.
 */
final class ContactFormats {

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** Digits, +, brackets, dashes and spaces, optionally with an extension ("wew. 12" or "w. 12"). */
    static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{5,40}(\\s*(wew\\.|w\\.)\\s*[0-9]{1,6})?");

    private ContactFormats() {}
}
