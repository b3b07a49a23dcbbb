/** The JSON REST API at /api/v1: resources, JSON shapes, error mapping. */
package pl.metryka.interfaces.rest;
