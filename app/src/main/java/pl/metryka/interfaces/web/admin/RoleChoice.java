package pl.metryka.interfaces.web.admin;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import pl.metryka.domain.model.account.Role;

/** The four roles as four checkboxes of a form. */
public class RoleChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean redaktor;
    private boolean naczelny;
    private boolean audytor;
    private boolean administrator;

    static RoleChoice of(Set<Role> roles) {
        RoleChoice c = new RoleChoice();
        c.redaktor = roles.contains(Role.REDAKTOR);
        c.naczelny = roles.contains(Role.REDAKTOR_NACZELNY);
        c.audytor = roles.contains(Role.AUDYTOR);
        c.administrator = roles.contains(Role.ADMINISTRATOR);
        return c;
    }

    Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (redaktor) {
            roles.add(Role.REDAKTOR);
        }
        if (naczelny) {
            roles.add(Role.REDAKTOR_NACZELNY);
        }
        if (audytor) {
            roles.add(Role.AUDYTOR);
        }
        if (administrator) {
            roles.add(Role.ADMINISTRATOR);
        }
        return roles;
    }

    public boolean isRedaktor() {
        return redaktor;
    }

    public void setRedaktor(boolean redaktor) {
        this.redaktor = redaktor;
    }

    public boolean isNaczelny() {
        return naczelny;
    }

    public void setNaczelny(boolean naczelny) {
        this.naczelny = naczelny;
    }

    public boolean isAudytor() {
        return audytor;
    }

    public void setAudytor(boolean audytor) {
        this.audytor = audytor;
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public void setAdministrator(boolean administrator) {
        this.administrator = administrator;
    }
}
