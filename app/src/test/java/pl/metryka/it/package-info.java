/** Integration tests: the real WAR in Payara Micro against a real MariaDB, one server for the suite. */
package pl.metryka.it;
