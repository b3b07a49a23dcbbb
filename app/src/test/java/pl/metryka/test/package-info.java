/** Test support: the suite database, the one deployment, an HTTP client for the API, direct SQL. */
package pl.metryka.test;
