"""Packaging detail pyproject.toml cannot express: templates/ ships inside the wheel as
generator/templates, so an installed generator works outside the repository."""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["generator", "generator.*"]) + ["generator.templates"],
    package_dir={"generator.templates": "templates"},
    package_data={"generator.templates": ["**/*", "**/.*"]},
)
