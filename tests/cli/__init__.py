"""The command line as users and scripts see it: options, --json output, start-up cost."""
