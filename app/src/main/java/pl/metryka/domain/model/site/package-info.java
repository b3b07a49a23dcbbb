/** The statutory pages of the strona podmiotowa and the editors' contacts the Redakcja page names. */
package pl.metryka.domain.model.site;
