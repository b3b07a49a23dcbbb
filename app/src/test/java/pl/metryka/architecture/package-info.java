/**
 * Rules about the code itself rather than its behaviour: which layer may use which, checked on the
 * compiled classes with ArchUnit so that a forbidden import fails the unit tests.
 */
package pl.metryka.architecture;
