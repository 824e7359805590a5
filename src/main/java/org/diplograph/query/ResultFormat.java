package org.diplograph.query;

/** How query results are printed: an aligned table for people, CSV/TSV/JSON for programs. */
public enum ResultFormat { TABLE, CSV, TSV, JSON }
