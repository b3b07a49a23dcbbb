package pl.metryka.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import pl.metryka.domain.model.account.Role;
import pl.metryka.domain.model.site.BipLogo;
import pl.metryka.domain.model.site.BipLogoRepository;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.domain.shared.Moment;
import pl.metryka.domain.shared.Sha256;

/**
 * The BIP logo at the top of every public page: the official file the administrator uploaded or,
 * until then, the drawn placeholder shipped with the application. Only PNG, JPEG and SVG are
 * accepted, recognised by their content (not the name or the browser's claimed type), at most
 * {@link #MAX_BYTES}. An SVG is an XML document that can carry scripts and outside references,
 * and it is shown to every citizen: one with a script, an event attribute, a foreignObject, a
 * DOCTYPE (entities) or a reference to anything outside itself is refused, not cleaned, so what
 * is stored is exactly what the administrator chose. The change goes to the change register (the
 * logo is part of every public page) and to the audit log.
 */
@Stateless
public class BipLogos {

    /** 256 kB: the official logo is a few kilobytes; a larger file would slow every first page view. */
    public static final int MAX_BYTES = 256 * 1024;

    /** The longest side of a PNG or JPEG logo: a header shows it at ~100 px; 4,096 leaves room for print. */
    static final int MAX_SIDE = 4096;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final Pattern SAFE_REFERENCE =
            Pattern.compile("#[A-Za-z0-9_.:-]*|data:image/(png|jpeg);base64,[A-Za-z0-9+/=\\s]*");

    private static final Pattern LOADING_URL = Pattern.compile("url\\((?!['\"]?#)");

    @Inject
    private BipLogoRepository logos;

    @Inject
    private AdministratorChanges changes;

    @Inject
    private ThumbnailRenderer images;

    /** The stored logo's SHA-256 (empty: the placeholder is shown). Read on every page: no transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<String> version() {
        return logos.version();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<BipLogo> logo() {
        return logos.find();
    }

    /** Field: {@code logo}. The file's name is only for the register's entry. */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public BipLogo upload(String fileName, byte[] content, String remoteAddress) {
        String mediaType = mediaType(content, images);
        String sha = Sha256.hex(content);
        String by = changes.editor().fullName();
        Instant now = Moment.now();
        BipLogo logo = logos.find().orElse(null);
        if (logo == null) {
            logo = new BipLogo(mediaType, content, sha, by, now);
        } else {
            logo.replace(mediaType, content, sha, by, now);
        }
        logos.store(logo);
        String what = "Nowy plik logo BIP" + (fileName == null ? "" : " „" + fileName + "”") + " (" + mediaType + ", "
                + content.length + " B)";
        changes.register(now, "Logo BIP", what, sha);
        changes.record("BIP_LOGO_UPLOAD", "logo-bip", what, remoteAddress);
        return logo;
    }

    /** Back to the drawn placeholder (nothing happens when no logo was uploaded). */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public void revert(String remoteAddress) {
        BipLogo logo = logos.find().orElse(null);
        if (logo == null) {
            return;
        }
        logos.remove(logo);
        String what = "Przywrócono rysunek zastępczy logo BIP";
        changes.register(Moment.now(), "Logo BIP", what, null);
        changes.record("BIP_LOGO_REVERT", "logo-bip", what, remoteAddress);
    }

    /** The file's type by its content, or a refusal naming the field; PNG and JPEG are decoded by {@code images}. */
    static String mediaType(byte[] content, ThumbnailRenderer images) {
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("logo", "logo.empty");
        }
        if (content.length > MAX_BYTES) {
            throw InvalidInputException.of("logo", "logo.tooLarge", MAX_BYTES / 1024);
        }
        if (startsWith(content, PNG) || startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return readableImage(content, images);
        }
        checkSvg(content);
        return "image/svg+xml";
    }

    /**
     * Decoded whole through the image port, whose header check refuses a decompression bomb (a
     * small file declaring a huge picture) before any pixel fills the heap of the instance.
     */
    private static String readableImage(byte[] content, ThumbnailRenderer images) {
        try {
            if (images.decode(content, PixelLimit.perSide(MAX_SIDE)).isEmpty()) {
                throw InvalidInputException.of("logo", "logo.unreadable");
            }
        } catch (PixelLimit.Exceeded e) {
            throw InvalidInputException.of("logo", "logo.tooManyPixels", MAX_SIDE);
        }
        return content[0] == (byte) 0x89 ? "image/png" : "image/jpeg";
    }

    /** An SVG this bulletin can show to everyone: well-formed, no DOCTYPE, nothing active or outside. */
    static void checkSvg(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (!text.contains("<svg")) {
            throw InvalidInputException.of("logo", "logo.type");
        }
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            root = builder.parse(new ByteArrayInputStream(content)).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw InvalidInputException.of("logo", "logo.svgInvalid");
        }
        if (!"svg".equals(root.getLocalName()) || !"http://www.w3.org/2000/svg".equals(root.getNamespaceURI())) {
            throw InvalidInputException.of("logo", "logo.type");
        }
        checkElement(root);
    }

    private static void checkElement(Element element) {
        String name = element.getLocalName().toLowerCase(Locale.ROOT);
        if (name.equals("script")
                || name.equals("foreignobject")
                || name.equals("iframe")
                || name.equals("embed")
                || name.equals("object")
                || name.equals("handler")
                || name.equals("listener")) {
            throw InvalidInputException.of("logo", "logo.svgActive", element.getLocalName());
        }
        if (name.equals("style") && unsafeCss(element.getTextContent())) {
            throw InvalidInputException.of("logo", "logo.svgOutside", "style");
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            String attribute = (a.getLocalName() == null ? a.getNodeName() : a.getLocalName()).toLowerCase(Locale.ROOT);
            String value = a.getNodeValue() == null ? "" : a.getNodeValue().strip();
            if (attribute.startsWith("on")) {
                throw InvalidInputException.of("logo", "logo.svgActive", a.getNodeName());
            }
            if ((attribute.equals("href") || attribute.equals("src"))
                    && !SAFE_REFERENCE.matcher(value).matches()) {
                throw InvalidInputException.of("logo", "logo.svgOutside", a.getNodeName());
            }
            if (attribute.equals("style") && unsafeCss(value)) {
                throw InvalidInputException.of("logo", "logo.svgOutside", a.getNodeName());
            }
            if (value.toLowerCase(Locale.ROOT).contains("javascript:")) {
                throw InvalidInputException.of("logo", "logo.svgActive", a.getNodeName());
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                checkElement(child);
            }
        }
    }

    /** CSS that loads something (url(), @import) or runs something (expression, javascript:). */
    private static boolean unsafeCss(String css) {
        String lower = css == null ? "" : css.toLowerCase(Locale.ROOT).replaceAll("\\s", "");
        return LOADING_URL.matcher(lower).find()
                || lower.contains("@import")
                || lower.contains("expression(")
                || lower.contains("javascript:");
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
