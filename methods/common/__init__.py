"""Building blocks shared by several methods (methods never import each other, only from here)."""
