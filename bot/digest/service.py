"""The digest service's old import path, the very module `briefings.digests.service`.

The service now lives in `briefings.digests.service`, shared with the Slack adapter. This name is
that very module (not a copy), so patches and imports through either name act on the one
service."""

import sys

from briefings.digests import service as digest_service

sys.modules[__name__] = digest_service
