"""Horses and ships named like people: runners placed, priced or winning by lengths, ships and storms, sister ships."""
