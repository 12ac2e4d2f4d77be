"""Prints ipywidgets' own default widget states, the reference Tablebook's widget tests compare with.

Run with the test venv's python (install-lab.sh), no kernel needed:

    target/jupyter-venv/bin/python src/test/jupyter/widget_states.py > states.json

Prints one JSON object, keys sorted: for each widget class below, and for each model their defaults
reference (Layout and the style models), the class name mapped to the full state that ipywidgets'
get_state() gives a new instance, as sent in the comm_open's data.state. Outside a kernel ipywidgets 8
opens each widget on the comm package's DummyComm, which sends nothing. Model references
("IPY_MODEL_" + a random model id) are replaced by "IPY_MODEL_" + the referenced model's _model_name,
so the output is the same on every run.
"""
import json
import sys

import comm
import ipywidgets
from ipywidgets.widgets import widget_bool, widget_description, widget_string
from ipywidgets.widgets.widget import Widget, _instances

WIDGETS = [
    "IntSlider", "FloatSlider", "IntRangeSlider", "Dropdown", "SelectMultiple", "Text", "Textarea",
    "Checkbox", "ToggleButton", "ToggleButtons", "Button", "DatePicker", "HTML", "Label", "Output",
    "HBox", "VBox",
]
# Also listed on their own, whether or not a widget above references them by default.
MODELS = [
    "Layout", "SliderStyle", "DescriptionStyle", "ButtonStyle", "ToggleButtonStyle",
    "ToggleButtonsStyle", "CheckboxStyle", "TextStyle", "HTMLStyle", "LabelStyle",
]
PREFIX = "IPY_MODEL_"
# ipywidgets exports only some of the style classes at its top level.
MODULES = [ipywidgets, widget_description, widget_bool, widget_string]


def placeholders(value, referenced):
    """value with each model reference replaced by IPY_MODEL_<_model_name>; referenced gets each model."""
    if isinstance(value, dict):
        return {k: placeholders(v, referenced) for k, v in value.items()}
    if isinstance(value, list):
        return [placeholders(v, referenced) for v in value]
    if isinstance(value, str) and value.startswith(PREFIX) and value[len(PREFIX):] in _instances:
        model = _instances[value[len(PREFIX):]]
        referenced.append(model)
        return PREFIX + model._model_name
    return value


def state_of(widget, referenced):
    state = widget.get_state()
    if any(isinstance(v, (bytes, bytearray, memoryview)) for v in state.values()):
        raise SystemExit(f"{type(widget).__name__} has binary state, which JSON cannot show")
    return placeholders(state, referenced)


def new(name):
    for module in MODULES:
        if hasattr(module, name):
            return getattr(module, name)()
    raise SystemExit(f"ipywidgets {ipywidgets.__version__} has no {name}")


def main():
    if not isinstance(Widget().comm, comm.DummyComm):
        raise SystemExit("expected ipywidgets to open widgets on comm.DummyComm outside a kernel")
    states = {}
    pending = []
    for name in WIDGETS + MODELS:
        states[name] = state_of(new(name), pending)
    while pending:  # the models the widgets' defaults reference (and any they reference in turn)
        model = pending.pop()
        name = type(model).__name__
        state = state_of(model, pending)
        if states.setdefault(name, state) != state:
            raise SystemExit(f"a referenced {name} differs from a new {name}")
    json.dump(states, sys.stdout, indent=2, sort_keys=True, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
