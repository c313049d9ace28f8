"""Partner exchange: shapefile packages for neighbouring range states, and merging them back."""
