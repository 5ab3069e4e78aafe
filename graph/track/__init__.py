"""Track records: how predictions turned out and how well experts forecast.

- ``resolutions``: recording outcomes (with history) from the CLI or YAML files;
- ``scoring``: Brier scores, hit rates and calibration;
- ``timeline``: prediction windows on a time axis (PNG, SVG, HTML);
- ``network``: the expert–entity–source network (networkx, GraphML, GEXF).
"""
