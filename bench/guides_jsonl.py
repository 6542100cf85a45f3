#!/usr/bin/env python3
"""Writes N complete service items (one JSON line each, the shape of /api/v1/service-items/{code}) spread over the
units of a corpus file (its line 1 lists the sites; a unit's code is its site's code), for `import-services`.

    python3 bench/guides_jsonl.py CORPUS.jsonl N OUT.jsonl
"""
import json
import sys

KINDS = ["LICENSING", "CONFIRMATION", "BENEFIT", "PUBLIC_SERVICE", "OTHER_POWER"]
THEMES = ["BIRTH", "SCHOOLING", "EMPLOYMENT", "MARRIAGE", "HOUSING", "SOCIAL_SECURITY", "RETIREMENT",
          "BUSINESS_START", "CONSTRUCTION", "OPERATING_PERMIT", "BUSINESS_CLOSURE"]
NAMES = ["食品经营许可", "出生医学证明办理", "城乡居民养老保险参保登记", "建设工程规划许可", "个体工商户设立登记",
         "失业保险金申领", "公共租赁住房资格确认", "婚姻登记", "高龄津贴发放", "户外广告设置许可"]


def item(i, unit):
    person = i % 3 != 0
    return {
        "code": "BENCH-%05d" % i, "name": "%s（%d）" % (NAMES[i % len(NAMES)], i),
        "unit": {"id": 0, "code": unit, "name": ""}, "kind": KINDS[i % len(KINDS)],
        "audiences": ["PERSON"] if person else ["ENTERPRISE"],
        "themes": [THEMES[i % 7] if person else THEMES[7 + i % 4]],
        "legalBasis": ["《中华人民共和国行政许可法》第二十九条", "《%s管理办法》第%d条" % (NAMES[i % len(NAMES)], 3 + i % 20)],
        "conditions": ["申请人具有完全民事行为能力", "在本市行政区域内有固定住所或经营场所", "符合法律、法规规定的其他条件"],
        "materials": [
            {"name": "申请表", "form": "ORIGINAL", "copies": 1, "medium": "BOTH", "required": True, "neededWhen": "",
             "blankForm": "/uploads/forms/apply-%d.docx" % (i % 50), "sample": ""},
            {"name": "身份证明", "form": "COPY", "copies": 1, "medium": "PAPER", "required": True, "neededWhen": "",
             "blankForm": "", "sample": ""},
            {"name": "授权委托书", "form": "ORIGINAL", "copies": 1, "medium": "PAPER", "required": False,
             "neededWhen": "委托他人办理的", "blankForm": "", "sample": ""}],
        "steps": ["申请", "受理", "审查", "决定", "送达"],
        "timeLimits": {"statutoryWorkingDays": 20, "promisedWorkingDays": 5 + i % 10},
        "fees": {"free": True, "items": []},
        "place": "市民中心%d楼%d号窗口" % (1 + i % 4, 1 + i % 40), "hours": "工作日 9:00-12:00 13:30-17:00",
        "phones": {"consultation": "0871-6%07d" % i, "complaint": "12345"},
        "result": {"name": "准予决定书", "sample": ""}, "onlineApplication": i % 2 == 0, "visits": i % 2,
    }


def main():
    corpus, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(corpus, encoding="utf-8") as f:
        units = [s["code"] for s in json.loads(f.readline())["sites"] if s.get("kind") != "portal"]
    with open(out, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps(item(i, units[i % len(units)]), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
