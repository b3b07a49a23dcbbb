/** JPA (EclipseLink) implementations of the domain's repositories. */
package pl.metryka.infrastructure.persistence.jpa;
