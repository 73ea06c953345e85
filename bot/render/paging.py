"""Previous/Next buttons over pages of embeds: only the caller can press them; they time out."""

from __future__ import annotations

import contextlib
from typing import Any, Protocol

import discord

from bot.render.limits import Page

# The first embed title of the pages a "Sources" button jumps to: under each point of a
# briefing, the sentence each cited article printed (embeds.evidence_pages).
SOURCES_PAGE_TITLE = "What each source printed"


class Editable(Protocol):
    async def edit(self, *, view: discord.ui.View | None = ...) -> Any: ...


def numbered(pages: list[Page]) -> list[Page]:
    """Pages with "Page i/n" in the footer of their last embed (room for it is kept by paginate)."""
    if len(pages) > 1:
        for number, page in enumerate(pages, 1):
            footer = page[-1].footer.text
            label = f"Page {number}/{len(pages)}"
            page[-1].set_footer(text=f"{footer} · {label}" if footer else label)
    return pages


class Pager(discord.ui.View):
    """Buttons that show the previous or next page in place."""

    def __init__(self, pages: list[Page], owner_id: int, *, timeout: float) -> None:
        super().__init__(timeout=timeout)
        self.pages = pages
        self.owner_id = owner_id
        self.index = 0
        self.message: Editable | None = None
        self.sources_at = next(
            (
                i
                for i, page in enumerate(pages)
                if page and (page[0].title or "").startswith(SOURCES_PAGE_TITLE)
            ),
            None,
        )
        if self.sources_at is None:
            self.remove_item(self.show_sources)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.previous.disabled = self.index == 0
        self.next.disabled = self.index == len(self.pages) - 1
        if self.sources_at is not None:
            self.show_sources.disabled = self.index == self.sources_at

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(
            "Only the person who ran the command can turn these pages; run it yourself to browse.",
            ephemeral=True,
        )
        return False

    async def _show(self, interaction: discord.Interaction[Any], step: int) -> None:
        self.index = max(0, min(len(self.pages) - 1, self.index + step))
        self._update_buttons()
        await interaction.response.edit_message(embeds=self.pages[self.index], view=self)

    @discord.ui.button(label="Previous", style=discord.ButtonStyle.secondary)
    async def previous(
        self, interaction: discord.Interaction[Any], _: discord.ui.Button[Any]
    ) -> None:
        await self._show(interaction, -1)

    @discord.ui.button(label="Next", style=discord.ButtonStyle.primary)
    async def next(self, interaction: discord.Interaction[Any], _: discord.ui.Button[Any]) -> None:
        await self._show(interaction, +1)

    @discord.ui.button(label="Sources", style=discord.ButtonStyle.success)
    async def show_sources(
        self, interaction: discord.Interaction[Any], _: discord.ui.Button[Any]
    ) -> None:
        """Jump to what each cited article printed."""
        await self._show(interaction, (self.sources_at or 0) - self.index)

    async def on_timeout(self) -> None:
        for item in self.children:
            if isinstance(item, discord.ui.Button):
                item.disabled = True
        if self.message is not None:
            # the message may be gone or its token expired: then there is nothing to disable
            with contextlib.suppress(discord.HTTPException):
                await self.message.edit(view=self)
