"""Machine-readable reports: JSON (documented schema), JUnit XML, Gradescope, Classroom."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from grader.manifest import Course
from grader.reports.classroom import to_classroom
from grader.reports.formats import FORMATS  # noqa: F401 - part of this module's interface
from grader.reports.gradescope import to_gradescope
from grader.results import PASSED, CourseResult


def to_json(result: CourseResult) -> str:
    """The report as JSON, valid against ``grader/schemas/report.schema.json``."""
    return json.dumps(result.to_dict(), indent=2, ensure_ascii=False) + "\n"


def to_junit(result: CourseResult) -> str:
    """One <testsuite> per part and one <testcase> per test item of its hidden suite."""
    root = ET.Element("testsuites", name="la4ml", time=f"{result.duration:.3f}")
    total = failures = 0
    for part in result.parts:
        suite = ET.SubElement(root, "testsuite", name=f"part{part.number:02d}_{part.slug}")
        properties = ET.SubElement(suite, "properties")
        for key, value in (
            ("status", part.status),
            ("score", part.score),
            ("max_score", part.max_score),
            ("isolation", result.isolation),
        ):
            ET.SubElement(properties, "property", name=key, value=str(value))
        for flag in (f for f in result.flags if f.part == part.number):
            ET.SubElement(properties, "property", name="flag", value=flag.detail)
        count = failed = skipped = 0
        if part.status == "pending":
            case = ET.SubElement(suite, "testcase", classname=part.module, name="pending")
            ET.SubElement(case, "skipped", message=part.error or "")
            count, skipped = 1, 1
        elif part.error:
            case = ET.SubElement(suite, "testcase", classname=part.module, name="import")
            ET.SubElement(case, "error", message=part.error)
            count, failed = 1, 1
        for function in part.functions:
            for test in function.tests:
                count += 1
                case = ET.SubElement(
                    suite, "testcase", name=test.name, classname=f"{part.module}.{function.name}"
                )
                if test.outcome != PASSED:
                    failed += 1
                    failure = ET.SubElement(
                        case, "failure", message=test.message, type=test.outcome
                    )
                    failure.text = test.message
        suite.set("tests", str(count))
        suite.set("failures", str(failed))
        suite.set("skipped", str(skipped))
        total, failures = total + count, failures + failed
    root.set("tests", str(total))
    root.set("failures", str(failures))
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def render_machine(result: CourseResult, fmt: str, course: Course | None = None) -> str:
    """The report in a machine format; ``course`` adds the hints where a format shows them."""
    if fmt == "gradescope":
        return to_gradescope(result, course)
    if fmt == "classroom":
        return to_classroom(result, course)
    return {"json": to_json, "junit": to_junit}[fmt](result)
