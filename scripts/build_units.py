"""Build the program's administrative units (resources/units/) from the official lists.

    python scripts/build_units.py --dvhcvn DIR --thanglequoc DIR

Inputs:

- the official code lists, kept in tests/data/units/ (the tests check the shipped data against
  the same files): the 3,321 communes of Công văn 1027/CTK-CSCL (gso_1027_communes.json) and the
  34 provinces of Công văn 915/CTK-CSCL (915_CTK-CSCL.csv);
- a second dataset to cross-check them: thanglequoc_v3.0.2.json (tests/data/units/), built
  from the statistics office's service; where it and the letters disagree, the letters win and
  the differences are printed;
- the git directory of github.com/dvhcvn/20250701 (``--dvhcvn``): mapping/splits.json says
  which new commune(s) every pre-reform commune went into, output/PP/DDD/CCCCC.json gives each
  old commune's district and province by name;
- the git directory of github.com/thanglequoc/vietnamese-provinces-database
  (``--thanglequoc``): its releases after v3.0.2 carry the changes made since 1 July 2025
  (:data:`LATER_RELEASES`); a change of name or kind there becomes a new dated version of the
  unit. A mere change of spelling (tone placement, case) is printed and not taken: the official
  letter's spelling stays.

Outputs (resources/units/): units.json (provinces and communes, each with its dated versions,
communes with their predecessors) and old_units.json (the pre-reform provinces, districts and
communes by code, with their names).
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kttt_desktop.core.text import fold, spelling_key  # noqa: E402

OFFICIAL = ROOT / "tests" / "data" / "units"
OUT = ROOT / "resources" / "units"
REFORM = "2025-07-01"
REFORM_BASIS = ("Nghị quyết 202/2025/QH15, các nghị quyết 1654–1687/NQ-UBTVQH15; mã số theo "
                "Công văn 915/CTK-CSCL và 1027/CTK-CSCL của Cục Thống kê")
DVHCVN_COMMIT = "dd94887"
# Releases of the thanglequoc dataset after the reform: tag, the day its changes took effect, and
# the documents that made them.
LATER_RELEASES = [
    ("v3.1.0", "2026-04-30",
     "Nghị quyết 30/2026/QH16 (thành lập thành phố Đồng Nai), Nghị quyết 237/NQ-UBTVQH16 "
     "(thành lập 10 phường thuộc Đồng Nai)"),
]
THANGLEQUOC_JSON = "json/simplified_json_generated_data_vn_units.json"
KINDS = (("Xã ", "xã"), ("Phường ", "phường"), ("Đặc khu ", "đặc khu"))
CITY = "Thành phố "


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split()))


def commune_kind(name: str) -> str:
    for prefix, kind in KINDS:
        if name.startswith(prefix):
            return kind
    raise ValueError(f"no kind in the commune name {name!r}")


def province_kind(name: str) -> str:
    return "thành phố trung ương" if name.startswith(CITY) else "tỉnh"


def git_show(repo: Path, revision: str, path: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(repo), "show", f"{revision}:{path}"],
                          check=True, capture_output=True).stdout


def git_tree(repo: Path, revision: str, folder: str) -> dict[str, bytes]:
    """Every file under ``folder`` at ``revision``: path → content (one ``git cat-file`` run)."""
    listing = subprocess.run(["git", "--git-dir", str(repo), "ls-tree", "-r", revision, folder],
                             check=True, capture_output=True, text=True).stdout.splitlines()
    entries = [(line.split()[2], line.split("\t", 1)[1]) for line in listing]
    batch = subprocess.run(["git", "--git-dir", str(repo), "cat-file", "--batch"],
                           input="".join(f"{sha}\n" for sha, _ in entries).encode(),
                           check=True, capture_output=True).stdout
    files, pos = {}, 0
    for _sha, path in entries:
        end = batch.index(b"\n", pos)
        size = int(batch[pos:end].split()[2])
        files[path] = batch[end + 1:end + 1 + size]
        pos = end + 1 + size + 1
    return files


# The official lists ------------------------------------------------------------------------


def official_provinces(folder: Path) -> dict[str, str]:
    """Code → name of the 34 provinces of Công văn 915 ("Cao Bằng", "Thành phố Hà Nội")."""
    with open(folder / "915_CTK-CSCL.csv", encoding="utf-8", newline="") as f:
        return {row["Mã số"]: nfc(row["Tên 34 tỉnh sau sáp nhập"]) for row in csv.DictReader(f)}


def province_of(label: str, provinces: dict[str, str]) -> str:
    """The code of the province the 1027 list names "Tỉnh Cao Bằng", "Tp Hải Phòng"…"""
    key = fold(label)
    for prefix in ("tinh ", "tp ", "thanh pho "):
        key = key.removeprefix(prefix)
    found = [code for code, name in provinces.items()
             if fold(name).removeprefix("thanh pho ") == key]
    assert len(found) == 1, label
    return found[0]


def official_communes(folder: Path, provinces: dict[str, str]) -> dict[str, tuple[str, str]]:
    """Code → (name, province code) of the 3,321 communes of Công văn 1027."""
    rows = json.loads((folder / "gso_1027_communes.json").read_text(encoding="utf-8"))
    communes = {}
    for row in rows:
        code = row["code"]
        assert code not in communes, code
        communes[code] = (nfc(row["name"]), province_of(row["province"], provinces))
    return communes


def thanglequoc_units(data: list[dict]) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    provinces = {p["Code"]: nfc(p["FullName"]) for p in data}
    communes = {w["Code"]: (nfc(w["FullName"]), p["Code"]) for p in data for w in p["Wards"]}
    return provinces, communes


def cross_check(official: dict[str, tuple[str, str]], other: dict[str, tuple[str, str]]) -> int:
    """Print where the second dataset differs from the letter; the number of differences."""
    differences = 0
    for code in sorted(set(official) | set(other)):
        ours, theirs = official.get(code), other.get(code)
        if ours == theirs:
            continue
        differences += 1
        if theirs is None:
            print(f"  {code} {ours[0]} ({ours[1]}): missing in the second dataset")
        elif ours is None:
            print(f"  {code} {theirs[0]} ({theirs[1]}): only in the second dataset, not taken")
        else:
            print(f"  {code} {ours[0]} ({ours[1]}): the second dataset has {theirs[0]} "
                  f"({theirs[1]}); the letter's kept")
    return differences


# Later changes ---------------------------------------------------------------------------


def is_change(before: str, after: str) -> bool:
    """A new name or kind; not a spelling of the same name (tone placement, case)."""
    return spelling_key(before) != spelling_key(after)


def later_versions(repo: Path, base: list[dict], communes: dict[str, tuple[str, str]],
                   provinces: dict[str, str]) -> dict[tuple[str, str], list[dict]]:
    """(level, code) → the versions later releases add, each {name, kind, from}."""
    added: dict[tuple[str, str], list[dict]] = defaultdict(list)
    spellings: list[str] = []
    previous_p, previous_c = thanglequoc_units(base)
    for tag, effective, _basis in LATER_RELEASES:
        now_p, now_c = thanglequoc_units(json.loads(git_show(repo, tag, THANGLEQUOC_JSON)))
        assert set(now_c) == set(previous_c), f"{tag} adds or removes communes: not handled"
        for code, name in sorted(now_p.items()):
            if is_change(previous_p[code], name):
                new = name if name.startswith(CITY) else name.removeprefix("Tỉnh ")
                print(f"  {effective} province {code}: {provinces[code]} → {new}")
                added[("province", code)].append(
                    {"name": new, "kind": province_kind(new), "from": effective})
            elif previous_p[code] != name:
                spellings.append(name)
        for code, (name, _province) in sorted(now_c.items()):
            before = previous_c[code][0]
            if is_change(before, name):
                print(f"  {effective} commune {code}: {communes[code][0]} → {name}")
                added[("commune", code)].append(
                    {"name": name, "kind": commune_kind(name), "from": effective})
            elif before != name:
                spellings.append(name)
        if spellings:
            print(f"  {tag}: {len(spellings)} names only spelt another way, not taken "
                  f"({', '.join(spellings[:3])}…)")
        previous_p, previous_c, spellings = now_p, now_c, []
    return added


def dated(first: dict, later: list[dict]) -> list[dict]:
    """The versions of a unit, each closed the day before the next one begins."""
    from datetime import date, timedelta

    versions = [dict(first), *(dict(v) for v in later)]
    for version, following in zip(versions, versions[1:], strict=False):
        version["to"] = (date.fromisoformat(following["from"]) - timedelta(days=1)).isoformat()
    return versions


# Before the reform -------------------------------------------------------------------------


def old_units(repo: Path) -> tuple[dict, dict[str, list[str]]]:
    """The pre-reform units by code with their names, and new commune code → predecessors."""
    splits = json.loads(git_show(repo, DVHCVN_COMMIT, "mapping/splits.json"))["data"]
    outputs = git_tree(repo, DVHCVN_COMMIT, "output")
    provinces: dict[str, str] = {}
    districts: dict[str, list[str]] = {}
    communes: dict[str, list] = {}
    predecessors: dict[str, list[str]] = defaultdict(list)
    for province in splits:
        provinces[province["level1_id"]] = nfc(province["name"])
        for district in province.get("level2s", []):  # island districts without communes
            code = district["level2_id"]
            districts[code] = [nfc(district["name"]), province["level1_id"]]
            for split in district["splits"]:
                predecessors[split["new_id"]].append(code)
        for commune in province["level3s"]:
            code = commune["level3_id"]
            communes[code] = [nfc(commune["name"])]
            for split in commune["splits"]:
                predecessors[split["new_id"]].append(code)
    aliases = 0
    for path, content in outputs.items():
        parts = path.removesuffix(".json").split("/")
        if len(parts) != 4:
            continue
        _, province_code, district_code, code = parts
        address = [nfc(p) for p in json.loads(content)["address"].split(", ")]
        name = communes[code][0]
        if address[1] == name and address[0] != name:  # "Huyện Kiên Hải, Xã Hòn Tre, …"
            address[0], address[1] = address[1], address[0]
        commune_name, district_name, province_name = address
        assert province_name == provinces[province_code], path
        known = districts.setdefault(district_code, [district_name, province_code])
        assert known == [district_name, province_code], (path, known)
        communes[code].append(district_code)
        if commune_name != name:  # another spelling in use ("Xã Can Hồ" for "Xã Kan Hồ")
            communes[code].append(commune_name)
            aliases += 1
    assert all(len(c) >= 2 for c in communes.values()), "an old commune without its district"
    print(f"  {len(communes):,} old communes in {len(districts):,} districts and "
          f"{len(provinces)} provinces; {aliases} known by a second spelling")
    return ({"provinces": provinces, "districts": dict(sorted(districts.items())),
             "communes": dict(sorted(communes.items()))},
            {code: sorted(codes) for code, codes in predecessors.items()})


# Writing --------------------------------------------------------------------------------


def write_lines(path: Path, head: dict, sections: dict[str, list | dict]) -> None:
    """JSON with one unit per line, so that a change of data is a readable change of lines."""
    def dump(value: object) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    lines = ["{"]
    lines += [f"{dump(key)}: {dump(value)}," for key, value in head.items()]
    for i, (name, items) in enumerate(sections.items()):
        pairs = items.items() if isinstance(items, dict) else enumerate(items)
        rendered = [f"{dump(k)}: {dump(v)}" if isinstance(items, dict) else dump(v)
                    for k, v in pairs]
        opening, closing = ("{", "}") if isinstance(items, dict) else ("[", "]")
        lines.append(f"{dump(name)}: {opening}")
        lines += [f"  {text}," for text in rendered[:-1]] + [f"  {rendered[-1]}"]
        lines.append(closing + ("," if i < len(sections) - 1 else ""))
    lines.append("}")
    partial = path.with_name(path.name + ".partial")
    partial.write_text("\n".join(lines) + "\n", encoding="utf-8")
    json.loads(partial.read_text(encoding="utf-8"))
    partial.replace(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--official", type=Path, default=OFFICIAL,
                        help="folder of the official lists and the cross-check dataset")
    parser.add_argument("--dvhcvn", type=Path, required=True,
                        help="git directory of github.com/dvhcvn/20250701")
    parser.add_argument("--thanglequoc", type=Path, required=True,
                        help="git directory of github.com/thanglequoc/vietnamese-provinces-database")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)

    provinces = official_provinces(args.official)
    communes = official_communes(args.official, provinces)
    print(f"official: {len(provinces)} provinces, {len(communes):,} communes")
    base = json.loads((args.official / "thanglequoc_v3.0.2.json").read_text(encoding="utf-8"))
    print("the second dataset against the letter:")
    differences = cross_check(communes, thanglequoc_units(base)[1])
    print(f"  {differences} differences")
    print("changes since the reform:")
    later = later_versions(args.thanglequoc, base, communes, provinces)
    print("before the reform:")
    old, predecessors = old_units(args.dvhcvn)
    unknown = sorted(set(predecessors) - set(communes))
    assert not unknown, f"splits name communes the letter does not have: {unknown}"
    without = sorted(set(communes) - set(predecessors))
    assert not without, f"communes without predecessors: {without}"

    changes = [{"from": REFORM, "basis": REFORM_BASIS}]
    changes += [{"from": effective, "basis": basis} for _, effective, basis in LATER_RELEASES]
    release = max(c["from"] for c in changes)
    province_rows = [
        {"code": code, "versions": dated({"name": name, "kind": province_kind(name), "from": REFORM},
                                         later.get(("province", code), []))}
        for code, name in sorted(provinces.items())]
    commune_rows = [
        {"code": code, "province": province,
         "versions": dated({"name": name, "kind": commune_kind(name), "from": REFORM},
                           later.get(("commune", code), [])),
         "predecessors": predecessors[code]}
        for code, (name, province) in sorted(communes.items())]
    args.out.mkdir(parents=True, exist_ok=True)
    write_lines(args.out / "units.json", {"release": release, "changes": changes},
                {"provinces": province_rows, "communes": commune_rows})
    write_lines(args.out / "old_units.json", {"source": f"dvhcvn/20250701@{DVHCVN_COMMIT}"}, old)
    successors = defaultdict(int)
    for codes in predecessors.values():
        for code in codes:
            successors[code] += 1
    split = sum(1 for code in old["communes"] if successors[code] > 1)
    print(f"wrote {args.out}: release {release}; {len(old['communes']):,} old communes, "
          f"{split} of them split between several new communes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
