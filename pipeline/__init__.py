"""eventcoder: news articles in, a CAMEO/ACLED event dataset out (see README.md)."""

__version__ = "0.1.0"
