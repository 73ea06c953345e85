"""Attribution rounds on articles written in the styles of outlets the rules were not tuned on."""
