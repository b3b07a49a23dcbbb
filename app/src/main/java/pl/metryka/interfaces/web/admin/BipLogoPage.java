package pl.metryka.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Map;
import pl.metryka.application.BipLogos;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.interfaces.web.shared.FieldMessages;
import pl.metryka.interfaces.web.shared.Language;

/** {@code /panel/administracja/logo.xhtml}: the administrator uploads the official BIP logo file. */
@Named("adminLogo")
@ViewScoped
public class BipLogoPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BipLogos logos;

    @Inject
    private Language lang;

    private transient Part upload;

    public void save() {
        try {
            if (upload == null || upload.getSize() == 0) {
                throw InvalidInputException.of("logo", "logo.empty");
            }
            logos.upload(upload.getSubmittedFileName(), read(upload), AdminForms.remoteAddress());
        } catch (InvalidInputException e) {
            FieldMessages.show(e, "logo-form", Map.of("logo", "logo"));
            return;
        } catch (IOException e) {
            FieldMessages.global(lang.text("logo.unreadable"));
            return;
        }
        AdminForms.info(lang.text("admin.logo.saved"));
    }

    public void revert() {
        logos.revert(AdminForms.remoteAddress());
        AdminForms.info(lang.text("admin.logo.reverted"));
    }

    /** At most one byte over the limit is read: the service refuses it without the rest crossing into memory. */
    private static byte[] read(Part part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(BipLogos.MAX_BYTES + 1);
        }
    }

    /** The uploaded logo's hash (for its address), or null while the placeholder is shown. */
    public String getVersion() {
        return logos.version().orElse(null);
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
