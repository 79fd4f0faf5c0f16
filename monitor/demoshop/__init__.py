"""A small shop that serves realistic product pages and changes prices by a script: what the demo and the
tests crawl, so nobody needs the real internet to see the product work."""
