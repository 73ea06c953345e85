"""The main clause's subject written apart from its verb or in parts: past an aside, a dash or an
opening phrase, in apposition, two names joined."""
