/** Unit tests of the launcher's own settings (compiled with the tests, see pom.xml's launcher-for-tests). */
package pl.metryka.launcher;
