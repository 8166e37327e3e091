"""docanalysis: read Dutch policy documents like a sharp policy analyst, every claim traceable to a page."""

__version__ = "0.1.0"
