/** Jakarta Security: the authentication mechanism, the account identity store, password hashing, lockout. */
package pl.metryka.infrastructure.security;
