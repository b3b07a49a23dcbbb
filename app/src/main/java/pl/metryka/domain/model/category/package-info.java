/** The menu przedmiotowe: the tree of categories documents are published under. */
package pl.metryka.domain.model.category;
