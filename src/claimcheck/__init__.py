"""claimcheck: catch numbers and dates that do not agree across reports, within one, and in a draft."""
