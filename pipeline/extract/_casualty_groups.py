"""Group nouns of casualty figures and the group each is recorded as.

Split from :mod:`pipeline.extract.casualties` (which reads the figures) to keep that module
under the size limit: the table is data, and grows whenever copy names new people.
"""

from __future__ import annotations

GROUPS: dict[str, str] = {
    "person": "people", "persons": "people", "people": "people", "civilian": "civilians",
    "child": "children", "children": "children", "kids": "children", "minors": "children",
    "teenager": "teenagers", "teenagers": "teenagers", "woman": "women", "women": "women",
    "man": "men", "men": "men", "resident": "residents", "residents": "residents",
    "soldier": "soldiers", "soldiers": "soldiers", "reservist": "reservists",
    "reservists": "reservists", "civilians": "civilians",
    "servicemen": "soldiers", "serviceman": "soldiers", "troopers": "soldiers",
    "troops": "soldiers", "police officers": "police officers", "policemen": "police officers",
    "rescuers": "rescuers", "firefighters": "firefighters", "medics": "medics",
    "workers": "workers", "journalists": "journalists", "passengers": "passengers",
    "occupants": "occupants",
    "volunteers": "volunteers", "employees": "employees", "pensioners": "pensioners",
    "infants": "children", "babies": "children", "boys": "children", "girls": "children",
    "adults": "adults", "fighters": "fighters", "militants": "militants",
    "fighter": "fighters", "militant": "militants", "militiamen": "militiamen",
    "personnel": "personnel", "security personnel": "security personnel",
    "bedouin": "Bedouin", "bedouins": "Bedouin",
    "paramedics": "paramedics", "doctors": "doctors", "nurses": "nurses",
    "medical staff": "medics", "staff": "staff", "students": "students", "pupils": "children",
    "schoolchildren": "children", "miners": "miners", "farmers": "farmers",
    "guards": "guards", "border guards": "border guards", "officers": "officers",
    "policeman": "police officers", "police officer": "police officers",
    "patients": "patients", "elderly people": "elderly people", "sailors": "sailors",
    "crew members": "crew members", "seafarers": "sailors", "drivers": "drivers",
    "electricians": "workers", "engineers": "engineers", "reporters": "journalists",
    "photographers": "journalists", "teachers": "teachers", "refugees": "refugees",
    "displaced people": "displaced people", "evacuees": "evacuees", "villagers": "residents",
    "locals": "residents", "inhabitants": "residents", "officials": "officials",
    "deminers": "deminers", "sappers": "deminers", "peacekeepers": "peacekeepers",
    "worker": "workers", "girl": "children", "boy": "children", "baby": "children",
    "infant": "children", "teen": "teenagers", "teens": "teenagers",
    "toddler": "children", "toddlers": "children", "family members": "family members",
    "relatives": "family members", "athletes": "athletes", "tourists": "tourists",
    "members of the same family": "family members", "members of one family": "family members",
    # People named by nationality keep it ("43 Palestinians had been killed").
    "palestinians": "Palestinians", "israelis": "Israelis", "ukrainians": "Ukrainians",
    "russians": "Russians", "lebanese": "Lebanese", "syrians": "Syrians", "yemenis": "Yemenis",
    "sudanese": "Sudanese", "iranians": "Iranians", "iraqis": "Iraqis", "gazans": "Gazans",
    "pakistanis": "Pakistanis", "indians": "Indians", "afghans": "Afghans",
    "foreigners": "foreigners", "foreign nationals": "foreign nationals",
    "operatives": "operatives", "operative": "operatives",
    "passers-by": "passers-by", "passersby": "passers-by", "motorists": "motorists",
    "pedestrians": "pedestrians", "shoppers": "shoppers", "commuters": "commuters",
    "bystanders": "bystanders", "customers": "customers",
    "foreign citizens": "foreign citizens", "foreign citizen": "foreign citizens",
    "foreign national": "foreign nationals", "citizens": "citizens", "citizen": "citizens",
    "colleagues": "colleagues", "comrades": "comrades", "individuals": "people",
    # "killed a woman and her two sons"; "Two attackers were shot dead"
    "sons": "sons", "daughters": "daughters", "grandchildren": "grandchildren",
    "neighbours": "neighbours", "neighbors": "neighbours", "saleswoman": "employees",
    "salesman": "employees", "shop assistants": "employees", "cashiers": "employees",
    "grandsons": "grandsons", "granddaughters": "granddaughters", "employee": "employees",
    "attackers": "attackers", "assailants": "attackers", "gunmen": "gunmen",
    "insurgents": "insurgents", "terrorists": "terrorists", "rebels": "rebels",
    "detainees": "detainees", "prisoners": "prisoners",
    "brothers": "brothers", "sisters": "sisters", "siblings": "siblings", "cousins": "cousins",
    # Trades of translated Arab and Sudanese copy: "Four fishermen were martyred".
    "fishermen": "fishermen", "fisherman": "fishermen", "shepherds": "shepherds",
    "herders": "herders", "traders": "traders", "vendors": "vendors",
    "worshippers": "worshippers", "mourners": "mourners", "pilgrims": "pilgrims",
    # "Five of the dead were from one family", "killed 12 people, five of the same family".
    "from one family": "family members", "from the same family": "family members",
    "of one family": "family members", "of the same family": "family members",
}  # fmt: skip
