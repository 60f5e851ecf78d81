"""Renderers for a Report: one module per format, each exposing render(report) -> str."""
