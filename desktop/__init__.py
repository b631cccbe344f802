"""The Qt desktop reader: thin widgets over the `archive` core."""
