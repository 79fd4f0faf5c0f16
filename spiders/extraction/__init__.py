"""Reading prices, stock and structured data out of pages. Pure functions over text, testable on saved pages."""
