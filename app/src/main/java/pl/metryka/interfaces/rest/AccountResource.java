package pl.metryka.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import pl.metryka.application.AccountAdministration;
import pl.metryka.application.AccountAdministration.Account;
import pl.metryka.application.AccountAdministration.PasswordSet;
import pl.metryka.domain.model.account.Role;
import pl.metryka.domain.shared.InvalidInputException;

/**
 * Accounts for administrators' scripts, through the same service as the administration pages
 * (ADMINISTRATOR only; anyone else gets 401/403, recorded in the audit log). No password or hash
 * is ever returned, except a generated initial password once, in the answer that created it.
 */
@Path("admin/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    private AccountAdministration administration;

    @Context
    private HttpServletRequest request;

    public record AccountJson(
            String username,
            String fullName,
            Set<Role> roles,
            boolean enabled,
            boolean locked,
            boolean mustChangePassword) {
        static AccountJson of(Account a) {
            return new AccountJson(
                    a.username(), a.fullName(), a.roles(), a.enabled(), a.locked(), a.mustChangePassword());
        }
    }

    public record AccountList(List<AccountJson> items) {}

    /** {@code password} may be left out to have one generated (returned once as {@code generatedPassword}). */
    public record NewAccount(String username, String fullName, List<String> roles, String password) {}

    public record Created(String username, String generatedPassword) {}

    @GET
    public AccountList list() {
        return new AccountList(
                administration.accounts().stream().map(AccountJson::of).toList());
    }

    @POST
    public Response create(NewAccount body) {
        if (body == null) {
            throw InvalidInputException.of(null, "api.body.missing");
        }
        PasswordSet set = administration.create(
                body.username(),
                body.fullName(),
                roles(body.roles()),
                body.password(),
                body.password() == null || body.password().isEmpty(),
                request.getRemoteAddr());
        return Response.status(Response.Status.CREATED)
                .entity(new Created(set.username(), set.generated()))
                .build();
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names == null ? List.<String>of() : names) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw InvalidInputException.of("roles", "account.role.unknown", String.valueOf(name));
            }
        }
        return roles;
    }
}
