"""Pictures of the answers (timeline, network, coverage) as PNG bytes; matplotlib loads only to draw."""

from briefings.charts.cache import ChartCache
from briefings.charts.chart import Chart
from briefings.charts.coverage import coverage_chart
from briefings.charts.network import network_chart
from briefings.charts.timeline import timeline_chart

__all__ = ["Chart", "ChartCache", "coverage_chart", "network_chart", "timeline_chart"]
