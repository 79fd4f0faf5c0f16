"""The seller's own numbers: a generic time series store (``metric_points``), imports of back-office exports
(CSV/XLSX with column mappings), API pushes, and series derived from collected reviews and mentions."""
