#!/usr/bin/env python3
"""One-off generator for dict/organizations.actors.txt and dict/groups.actors.txt.

Not used at build time. Run by hand after editing the tables, commit both:

    python3 scripts/dev/gen_orgs.py organizations > dict/organizations.actors.txt
    python3 scripts/dev/gen_orgs.py groups > dict/groups.actors.txt

Written by the dyad authors from facts (organisation names, acronyms, founding
and transition dates); nothing is copied from another dictionary. The code
scheme is documented in docs/DICTIONARIES.md.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_countries import phrase, split, with_variants  # noqa: E402

# code | names (first is the primary name)
ORGANIZATIONS = r"""
# --- United Nations and its organs
IGOUNO|United Nations;UN;U.N.;United Nations Organization;UN Secretariat;United Nations Secretariat;UN Secretary-General;U.N. Secretary-General;UN Secretary General;U.N. Secretary General;United Nations Secretary-General;United Nations Secretary General;UN chief;U.N. chief;UN Security Council;U.N. Security Council;United Nations Security Council;Security Council;UNSC;UN General Assembly;U.N. General Assembly;United Nations General Assembly;General Assembly;UNGA;UN Economic and Social Council;ECOSOC;UN envoy;U.N. envoy;UN special envoy;UN mediator;UN Office for the Coordination of Humanitarian Affairs;OCHA;UN humanitarian office;UN humanitarian agency;UN Assistance Mission in Afghanistan;UNAMA;UN Assistance Mission for Iraq;UNAMI;UN Command;United Nations Command;UN Conference on Trade and Development;UNCTAD;UN Office on Drugs and Crime;UNODC;UN Population Fund;UNFPA;UN Women;UNAIDS
IGOUNOHRI|UN Human Rights Council;U.N. Human Rights Council;United Nations Human Rights Council;UN rights council;UNHRC;Human Rights Council;Office of the High Commissioner for Human Rights;OHCHR;UN human rights office;U.N. human rights office;UN High Commissioner for Human Rights;UN rights chief;U.N. rights chief;UN human rights chief
IGOUNOREFHCR|UNHCR;UN refugee agency;U.N. refugee agency;United Nations High Commissioner for Refugees;UN High Commissioner for Refugees;Office of the United Nations High Commissioner for Refugees
IGOUNOREFRWA|UNRWA;United Nations Relief and Works Agency;UN Relief and Works Agency;UN agency for Palestinian refugees;U.N. agency for Palestinian refugees
IGOUNOREFIOM|International Organization for Migration;International Organisation for Migration;IOM;UN migration agency
IGOUNOKID|UNICEF;United Nations Children's Fund;UN Children's Fund;UN children's agency;U.N. children's agency
IGOUNOWFP|World Food Programme;World Food Program;WFP;UN food agency;U.N. food agency
IGOUNOAGRFAO|Food and Agriculture Organization;Food and Agriculture Organisation;FAO
IGOUNOHLHWHO|World Health Organization;World Health Organisation;W.H.O.;UN health agency;U.N. health agency
IGOUNODEV|United Nations Development Programme;UN Development Programme;UNDP;UN Environment Programme;United Nations Environment Programme;UNEP
IGOUNOEDU|UNESCO;United Nations Educational, Scientific and Cultural Organization;UN cultural agency
IGOUNOLABILO|International Labour Organization;International Labor Organization;International Labour Organisation;ILO
IGOUNOIAE|International Atomic Energy Agency;IAEA;UN nuclear watchdog;U.N. nuclear watchdog;UN atomic agency;U.N. atomic agency;UN nuclear agency
IGOUNOJUDICJ|International Court of Justice;ICJ;World Court
IGOUNOJUD|International Criminal Tribunal for the former Yugoslavia;ICTY;International Criminal Tribunal for Rwanda;ICTR;International Tribunal for the Law of the Sea;ITLOS;Special Tribunal for Lebanon
IGOUNOMIL|UN peacekeepers;U.N. peacekeepers;United Nations peacekeepers;UN peacekeeping force;U.N. peacekeeping force;UN peacekeeping mission;UN peacekeeping troops;blue helmets;MONUSCO;UNMISS;MINUSMA;MINUSCA;UNIFIL;UNDOF;UNFICYP;UNMIK;UNISFA;UNAMID;MINUSTAH
IGOUNOBUS|International Maritime Organization;International Civil Aviation Organization;ICAO;International Telecommunication Union;ITU;World Intellectual Property Organization;WIPO
IGOOPC|Organisation for the Prohibition of Chemical Weapons;Organization for the Prohibition of Chemical Weapons;OPCW;chemical weapons watchdog
IGOCTB|Comprehensive Nuclear-Test-Ban Treaty Organization;CTBTO
# --- courts
IGOJUDICC|International Criminal Court;ICC;ICC prosecutor;International Criminal Court prosecutor
IGOJUDPCA|Permanent Court of Arbitration
# --- finance and trade
IGOBUSIMF|International Monetary Fund;IMF;I.M.F.
IGODEVWBK|World Bank;World Bank Group;International Bank for Reconstruction and Development;IBRD;International Development Association;International Finance Corporation
IGOBUSWTO|World Trade Organization;World Trade Organisation;WTO
IGOBUSOEC|Organisation for Economic Co-operation and Development;Organization for Economic Cooperation and Development;Organisation for Economic Cooperation and Development;OECD
IGOBUSIEA|International Energy Agency;IEA
IGOBUSOPC|Organization of the Petroleum Exporting Countries;Organisation of the Petroleum Exporting Countries;OPEC;OPEC+;OPEC Plus
IGOBUSGOS|Group of Seven;G7;G-7;G7 leaders;G7 nations
IGOBUSGOE|Group of Eight;G8;G-8
IGOBUSGTW|Group of Twenty;Group of 20;G20;G-20;G20 leaders
IGODEVGSS|Group of 77;G77;G-77
IGOBUSBRC|BRICS;BRICS bloc;BRICS nations;BRICS countries
IGOBUSBIS|Bank for International Settlements;BIS
IGOBUSNDB|New Development Bank
IGOASADEVADB|Asian Development Bank;ADB
IGOASADEVAIB|Asian Infrastructure Investment Bank;AIIB
IGOAFRDEVAFB|African Development Bank;AfDB
IGOLAMDEVIDB|Inter-American Development Bank;IDB;IADB
IGOEURDEVEBR|European Bank for Reconstruction and Development;EBRD
IGOMOSDEVISB|Islamic Development Bank;IsDB
# --- Europe
IGOEUREEC|European Union;EU;E.U.;European Commission;EU Commission;E.U. Commission;Commission of the European Union;EU executive;European Council;EU Council;Council of the European Union;Council of the EU;EU Council presidency;EU foreign policy chief;E.U. foreign policy chief;EU High Representative;High Representative of the Union for Foreign Affairs and Security Policy;European External Action Service;EEAS;Eurogroup;EU leaders;EU member states;EU foreign ministers;eurozone;euro zone;euro area;EU27;EU-27
IGOEUREECLEG|European Parliament;EU Parliament;E.U. Parliament;Europarliament;MEPs;Members of the European Parliament
IGOEUREECJUD|European Court of Justice;Court of Justice of the European Union;CJEU;EU court;EU's top court
IGOEUREECBUS|European Central Bank;ECB;European Investment Bank;EIB
IGOEUREECCOP|Europol;Frontex;European Border and Coast Guard Agency;EU border agency;Eurojust;European Public Prosecutor's Office
IGOEUREECMIL|EUFOR;EULEX;EUNAVFOR;Operation Atalanta;Operation Aspides;EU naval force;EU military mission
IGOEURCOE|Council of Europe;Parliamentary Assembly of the Council of Europe;Venice Commission
IGOEURCOEJUD|European Court of Human Rights;ECHR;ECtHR;Strasbourg court
IGOEUROSC|Organization for Security and Co-operation in Europe;Organization for Security and Cooperation in Europe;Organisation for Security and Co-operation in Europe;OSCE;OSCE monitors;OSCE Special Monitoring Mission
IGOEUREFT|European Free Trade Association;EFTA
IGOEURNRD|Nordic Council
# --- North Atlantic / Western
IGOWSTNAT|North Atlantic Treaty Organization;North Atlantic Treaty Organisation;NATO;N.A.T.O.;NATO alliance;Atlantic alliance;North Atlantic Council;NATO Secretary General;NATO Secretary-General;NATO chief;NATO allies;NATO members;NATO member states;Supreme Headquarters Allied Powers Europe
IGOWSTNATMIL|KFOR;Kosovo Force;ISAF;International Security Assistance Force;Resolute Support;Resolute Support Mission;NATO forces;NATO troops
IGOWSTAUK|AUKUS
IGOWSTQUD|Quadrilateral Security Dialogue;Quad alliance;Quad grouping;Quad leaders
IGOWSTFVE|Five Eyes;Five Eyes alliance
IGOCWN|Commonwealth of Nations;Commonwealth Secretariat;Commonwealth Heads of Government Meeting;CHOGM
IGOFRN|Organisation internationale de la Francophonie;International Organisation of La Francophonie;Francophonie
# --- Africa
IGOAFRAFU|African Union;AU;A.U.;African Union Commission;AU Commission;African Union Peace and Security Council;AU Peace and Security Council;Organisation of African Unity;Organization of African Unity;OAU
IGOAFRAFUMIL|AMISOM;African Union Mission in Somalia;ATMIS;African Union Transition Mission in Somalia;AUSSOM;African Union peacekeepers;AU peacekeepers
IGOWAFWAS|Economic Community of West African States;ECOWAS;ECOWAS Commission;ECOWAS leaders;ECOMOG
IGOWAFAES|Alliance of Sahel States;AES;Confederation of Sahel States
IGOWAFWAE|West African Economic and Monetary Union;WAEMU;UEMOA
IGOSAFSAD|Southern African Development Community;SADC
IGOEAFEAC|East African Community;EAC
IGOEAFIGD|Intergovernmental Authority on Development;IGAD
IGOCFRCEA|Economic Community of Central African States;ECCAS;CEEAC;Economic and Monetary Community of Central Africa;CEMAC
IGOSAFSAC|Southern African Customs Union;SACU
IGOAFRCOM|Common Market for Eastern and Southern Africa;COMESA
# --- Middle East and Muslim world
IGOMEAARL|Arab League;League of Arab States;Arab League summit;Arab League chief
IGOMEAGCC|Gulf Cooperation Council;Gulf Co-operation Council;Cooperation Council for the Arab States of the Gulf;GCC
IGOMOSOIC|Organisation of Islamic Cooperation;Organization of Islamic Cooperation;Organisation of Islamic Co-operation;Organization of the Islamic Conference;Organisation of the Islamic Conference;OIC
IGOBUSAPE|Organization of Arab Petroleum Exporting Countries;OAPEC
IGONAFAMU|Arab Maghreb Union
# --- Asia and Pacific
IGOSEAASN|Association of Southeast Asian Nations;Association of South-East Asian Nations;Association of South East Asian Nations;ASEAN;ASEAN Regional Forum;ASEAN summit
IGOASAAPC|Asia-Pacific Economic Cooperation;Asia Pacific Economic Cooperation;APEC;APEC forum
IGOSASSAA|South Asian Association for Regional Cooperation;SAARC
IGOASASCO|Shanghai Cooperation Organisation;Shanghai Cooperation Organization;SCO
IGOASAPIF|Pacific Islands Forum;Pacific Islands Forum Secretariat
IGOASACIC|Conference on Interaction and Confidence-Building Measures in Asia;CICA
IGOASARCE|Regional Comprehensive Economic Partnership;RCEP
# --- former Soviet space
IGOCASCIS|Commonwealth of Independent States;CIS
IGOCASCST|Collective Security Treaty Organization;Collective Security Treaty Organisation;CSTO
IGOCASEEU|Eurasian Economic Union;EAEU;EEU;Eurasian Economic Commission
IGOCASGUA|GUAM Organization for Democracy and Economic Development
# --- Americas
IGOOAS|Organization of American States;Organisation of American States;OAS
IGOSAMMRS|Mercosur;Mercosul;Southern Common Market
IGOLAMCLC|Community of Latin American and Caribbean States;CELAC
IGOCRBCRC|Caribbean Community;CARICOM
IGOSAMUNS|Union of South American Nations;UNASUR
IGOSAMAND|Andean Community;Comunidad Andina
IGOLAMALB|Bolivarian Alliance for the Peoples of Our America;ALBA;ALBA-TCP
IGOLAMPAC|Pacific Alliance
IGOOASJUD|Inter-American Court of Human Rights;Inter-American Commission on Human Rights;IACHR
IGOCRBOEC|Organisation of Eastern Caribbean States;Organization of Eastern Caribbean States;OECS
# --- national agencies often named without their country
USAGOV|USAID;U.S. Agency for International Development;US Agency for International Development;Centers for Disease Control and Prevention;CDC;Food and Drug Administration;FDA;Department of Government Efficiency;DOGE;Office of Management and Budget;Federal Reserve;Environmental Protection Agency;EPA;Federal Emergency Management Agency;FEMA;National Institutes of Health;NIH;Department of Health and Human Services;HHS;Department of Energy;Department of Education;Office of Foreign Assets Control;OFAC;U.S. Trade Representative;USTR
USACOP|ICE officers;ICE officer;ICE agent;ICE raids;Customs and Border Protection;U.S. Customs and Border Protection;CBP
USAMIL|Southern Command;SOUTHCOM;Northern Command;NORTHCOM;Africa Command;AFRICOM;European Command;EUCOM;U.S. Space Command
SDNMIL|Sudanese Armed Forces;SAF;Sudanese army
SDNNGOHLH|Sudan Doctors Network
ESPCOP|Guardia Civil;Spanish Civil Guard
NGO|Gaza Humanitarian Foundation;GHF;Global Sumud Flotilla;Freedom Flotilla Coalition;Freedom Flotilla
# --- companies (MNC + country of headquarters)
MNCUSA|Google;Alphabet Inc.;Meta Platforms;Facebook;Microsoft;Tesla;SpaceX;Starlink;Boeing;Lockheed Martin;Raytheon;RTX;Northrop Grumman;General Dynamics;ExxonMobil;Exxon;Chevron;Nvidia;OpenAI;Palantir;Intel Corporation;Apple Inc.;Amazon.com;JPMorgan;JPMorgan Chase;Goldman Sachs;BlackRock;Pfizer;Moderna;General Motors;Ford Motor;Twitter;X Corp
MNCCHN|Huawei;ZTE;TikTok;ByteDance;Alibaba;Tencent;BYD;CATL;Sinopec;PetroChina;CNOOC;China National Petroleum Corporation;CNPC;COSCO;DeepSeek;Xiaomi
MNCRUS|Gazprom;Rosneft;Lukoil;Rosatom;Novatek;Sberbank;Wildberries;Transneft
MNCKOR|Samsung;Samsung Electronics;Hyundai;Hyundai Motor;SK Hynix;LG Electronics;Korea Hydro & Nuclear Power;KHNP;Hanwha;Hanwha Ocean;HD Hyundai
MNCJPN|Toyota;Sony;SoftBank;Nissan;Honda;Nippon Steel;TEPCO;Tokyo Electric Power
MNCSAU|Saudi Aramco;Aramco
MNCGBR|BP;HSBC;BAE Systems;Rolls-Royce;Unilever
MNCFRA|TotalEnergies;Dassault;Dassault Aviation;Airbus
MNCDEU|Volkswagen;Siemens;BMW;Mercedes-Benz;Rheinmetall;Deutsche Bank
MNCNLD|Shell plc;Royal Dutch Shell;ASML;Stellantis
MNCTWN|TSMC;Taiwan Semiconductor Manufacturing Company;Foxconn;Hon Hai
MNCIND|Tata Group;Reliance Industries;Adani Group;Infosys
MNCUKR|Naftogaz;Ukrenergo;Energoatom
MNCISR|Elbit Systems;Israel Aerospace Industries
MNCQAT|QatarEnergy;Qatar Airways
MNCARE|ADNOC;Abu Dhabi National Oil Company;DP World
MNCIRN|National Iranian Oil Company;NIOC
# --- police and other
IGOCOPITP|Interpol;International Criminal Police Organization;International Criminal Police Organisation
IGOARC|Arctic Council
# --- Red Cross movement and international NGOs
NGOHLHIRC|International Committee of the Red Cross;ICRC;Red Cross;Red Crescent;International Federation of Red Cross and Red Crescent Societies;IFRC;Magen David Adom
NGOHRIAMN|Amnesty International;Amnesty International USA;Amnesty International UK
NGOHRIHRW|Human Rights Watch;HRW
NGOHLHMSF|Medecins Sans Frontieres;Médecins Sans Frontières;Medecins sans Frontieres;Doctors Without Borders;MSF
NGOENVGRP|Greenpeace;Greenpeace International
NGODEVOXF|Oxfam;Oxfam International;Oxfam America
NGOHRIMED|Reporters Without Borders;Reporters Sans Frontieres;Reporters sans frontières;Committee to Protect Journalists;CPJ;International Federation of Journalists;IFJ;PEN International;PEN America
NGOHRI|Human Rights First;Freedom House;International Federation for Human Rights;FIDH;Physicians for Human Rights;International Commission of Jurists;Front Line Defenders;Minority Rights Group;Human Rights Foundation
NGOBUSTRI|Transparency International
NGO|International Crisis Group;Crisis Group;Carter Center;Carnegie Endowment for International Peace;Brookings Institution;Chatham House;International Institute for Strategic Studies;IISS;Stockholm International Peace Research Institute;SIPRI;Council on Foreign Relations;RAND Corporation;Atlantic Council;Center for Strategic and International Studies;Institute for the Study of War;ISW;Armed Conflict Location and Event Data;ACLED;Open Society Foundations;Open Society Foundation;Nobel Committee;Norwegian Nobel Committee;International Olympic Committee;IOC;FIFA
NGOREF|International Rescue Committee;IRC;Norwegian Refugee Council;Danish Refugee Council;Refugees International;HIAS;Jesuit Refugee Service;Sea-Watch;SOS Mediterranee;SOS Méditerranée;Open Arms;Alarm Phone
NGODEV|Save the Children;CARE International;Mercy Corps;World Vision;ActionAid;Catholic Relief Services;Islamic Relief;Islamic Relief Worldwide;Concern Worldwide;Plan International;Action Against Hunger;Action contre la Faim;BRAC;Aga Khan Development Network;Bill & Melinda Gates Foundation;Bill and Melinda Gates Foundation;Gates Foundation;Rockefeller Foundation;Wellcome Trust;Gavi;Gavi, the Vaccine Alliance;Global Fund to Fight AIDS, Tuberculosis and Malaria;World Central Kitchen
NGOHLH|Medecins du Monde;Médecins du Monde;Doctors of the World;International Medical Corps;Partners In Health;MSF Belgium;Coalition for Epidemic Preparedness Innovations;CEPI;Americares
NGOENV|World Wide Fund for Nature;World Wildlife Fund;Friends of the Earth;Extinction Rebellion;Fridays for Future;350.org;Sierra Club;Global Witness;Climate Action Network;Just Stop Oil
NGOCHRCTH|Caritas;Caritas Internationalis;Sant'Egidio;Community of Sant'Egidio;Knights of Malta;Order of Malta
NGOLAB|International Trade Union Confederation;ITUC;World Federation of Trade Unions
NGOBUS|World Economic Forum;WEF;International Chamber of Commerce;Business Roundtable
# --- national NGOs often quoted in conflict news (country + NGO + sector)
SYRNGOHRI|Syrian Observatory for Human Rights;SOHR;Syrian Network for Human Rights;SNHR
SYRNGO|White Helmets;Syria Civil Defence;Syrian Civil Defence;Syrian American Medical Society
ISRNGOHRI|B'Tselem;BTselem;Peace Now movement;Yesh Din;Gisha;Physicians for Human Rights-Israel;Adalah
PSENGOHRI|Al-Haq;Al Haq;Palestinian Centre for Human Rights;PCHR;Addameer;Al Mezan
RUSNGOHRI|Memorial Human Rights Centre;Memorial human rights group;Memorial Human Rights Center;OVD-Info;Moscow Helsinki Group
USANGOHRI|American Civil Liberties Union;ACLU;Southern Poverty Law Center;SPLC;NAACP
KORNGO|Korean Council for Justice and Remembrance;People's Solidarity for Participatory Democracy;PSPD
CHNNGOHRI|Chinese Human Rights Defenders
HKGNGOHRI|Hong Kong Alliance in Support of Patriotic Democratic Movements of China;Hong Kong Watch
IRNNGOHRI|Iran Human Rights;Hengaw;HRANA;Human Rights Activists News Agency
AFGNGOHRI|Afghanistan Independent Human Rights Commission;AIHRC
"""

# Non-state armed groups, militias, insurgents, opposition movements and
# parties that act in the news as actors. code | names.
# Groups whose status changed over time are in DATED below.
GROUPS = r"""
# --- transnational jihadist groups (IMG = international militarised group)
IMGMUSALQ|al-Qaeda;al-Qaida;al Qaeda;al Qaida;Al-Qa'ida;al-Qaeda central;Al Qaeda in the Arabian Peninsula;al-Qaeda in the Arabian Peninsula;AQAP;Al Qaeda in the Islamic Maghreb;al-Qaeda in the Islamic Maghreb;AQIM;al-Qaeda in the Indian Subcontinent;AQIS;Jama'at Nusrat al-Islam wal-Muslimin;Jamaat Nusrat al-Islam wal-Muslimin;JNIM;GSIM
IMGMUSISI|Islamic State;Islamic State group;ISIS;ISIL;I.S.I.L.;Daesh;Da'esh;Islamic State of Iraq and Syria;Islamic State of Iraq and the Levant;Islamic State in Iraq and Syria;Islamic State of Iraq and al-Sham;Islamic State Khorasan;Islamic State Khorasan Province;ISIS-K;ISKP;IS-K;Islamic State West Africa Province;ISWAP;Islamic State in the Greater Sahara;ISGS;Islamic State Sahel Province;Islamic State Central Africa Province;ISCAP;Islamic State in Somalia;Islamic State caliphate;jihadists of the Islamic State
# --- Middle East
PSEREBHMS|Hamas;HAMAS;Islamic Resistance Movement;Izz ad-Din al-Qassam Brigades;Izz al-Din al-Qassam Brigades;Ezzedine al-Qassam Brigades;Qassam Brigades;al-Qassam Brigades;Hamas militants;Hamas fighters
PSEREBPIJ|Palestinian Islamic Jihad;Islamic Jihad;PIJ;Al-Quds Brigades;Al Quds Brigades;Saraya al-Quds
PSEREB|Al-Aqsa Martyrs' Brigades;Al-Aqsa Martyrs Brigades;Al Aqsa Martyrs Brigade;Lions' Den;Lions Den;Popular Front for the Liberation of Palestine;PFLP;Democratic Front for the Liberation of Palestine;DFLP;Popular Resistance Committees;Jenin Brigade;Jenin Battalion
PSEGOV|Palestinian Authority;Palestinian National Authority;Palestine Liberation Organization;Palestine Liberation Organisation;PLO;Palestinian government
PSEPTY|Fatah;Fateh;Fatah movement
LBNREBHEZ|Hezbollah;Hizbollah;Hizballah;Hizbullah;Hezbollah fighters;Hezbollah militants;Islamic Resistance in Lebanon
LBNREB|Amal Movement;Amal militia
YEMREBHTH|Houthis;Houthi;Huthis;Huthi;Houthi rebels;Houthi movement;Houthi militia;Ansar Allah;Ansarallah;Ansar Allah movement;Ansarullah
YEMREB|Southern Transitional Council;STC;Southern Movement;al-Hirak
IRQREB|Popular Mobilization Forces;Popular Mobilisation Forces;PMF;Hashd al-Shaabi;Hashed al-Shaabi;Kataib Hezbollah;Kata'ib Hezbollah;Kataib Hizbollah;Asaib Ahl al-Haq;Asa'ib Ahl al-Haq;Harakat al-Nujaba;Nujaba;Islamic Resistance in Iraq;Kataib Sayyid al-Shuhada;Badr Organization;Mahdi Army;Saraya al-Salam
IRQGOV|Kurdistan Regional Government;KRG
IRQMIL|Peshmerga;Kurdish Peshmerga
SYRREB|Syrian Democratic Forces;SDF;People's Protection Units;YPG;Women's Protection Units;YPJ;Free Syrian Army;FSA;Syrian National Army;Jaish al-Islam;Ahrar al-Sham;Syrian rebels;Syrian opposition fighters;Jaish al-Fatah;Turkistan Islamic Party;Southern Operations Room;Military Operations Command
SYRMIL|Syrian Arab Army;Syrian government forces;Syrian regime forces
SYROPP|Syrian National Coalition;Syrian Opposition Coalition;National Coalition for Syrian Revolutionary and Opposition Forces;Syrian Negotiation Commission;Syrian Interim Government;Syrian Salvation Government
TURREBPKK|Kurdistan Workers' Party;Kurdistan Workers Party;PKK;P.K.K.;Partiya Karkeren Kurdistane;KADEK;Kongra-Gel;Kurdistan Freedom Falcons;TAK;HPG
TURREB|Revolutionary People's Liberation Party-Front;DHKP-C
TUROPP|Gulen movement;Gülen movement;Gulenists;FETO;FETÖ;Hizmet
IRNREB|Jaish al-Adl;Jaish ul-Adl;Party of Free Life of Kurdistan;PJAK;Komala;Kurdistan Democratic Party of Iran;PDKI
IRNOPP|People's Mujahedin of Iran;People's Mojahedin Organization of Iran;Mujahedin-e-Khalq;Mojahedin-e-Khalq;MEK;MKO;National Council of Resistance of Iran;NCRI
EGYOPP|Muslim Brotherhood;Egyptian Muslim Brotherhood;Freedom and Justice Party
EGYREB|Wilayat Sinai;Sinai Province;Ansar Beit al-Maqdis;Hasm;Hasm Movement
ISRREB|Jewish Underground;Hilltop Youth;Lehava
# --- political parties (country + PTY)
KORPTY|People Power Party;Democratic Party of Korea;Minjoo Party;Minjoo;Rebuilding Korea Party;Saenuri Party;Liberty Korea Party;United Future Party
JPNPTY|Liberal Democratic Party of Japan;LDP;Komeito;Constitutional Democratic Party of Japan;Japan Innovation Party;Nippon Ishin no Kai;Sanseito;Democratic Party for the People
USAPTY|Republican National Committee;RNC;Democratic National Committee;DNC;GOP
GBRPTY|Tories;Tory party;Reform UK;Scottish National Party;SNP;Liberal Democrats;Lib Dems;Democratic Unionist Party;DUP
DEUPTY|Christian Democratic Union;CDU;Christian Social Union;CSU;Social Democratic Party of Germany;SPD;Alternative for Germany;Alternative fur Deutschland;Alternative für Deutschland;AfD;Free Democratic Party;FDP;Sahra Wagenknecht Alliance;BSW;Die Linke
FRAPTY|Rassemblement National;National Rally party;La France Insoumise;France Unbowed;LFI;Les Republicains;Les Républicains
ITAPTY|Brothers of Italy;Fratelli d'Italia;Five Star Movement;M5S;Forza Italia
ESPPTY|PSOE;Spanish Socialist Workers' Party;Sumar
INDPTY|Bharatiya Janata Party;BJP;Indian National Congress;Congress party;Aam Aadmi Party;AAP;Trinamool Congress
PAKPTY|Pakistan Tehreek-e-Insaf;Pakistan Tehreek-i-Insaf;Pakistan Tehrik-e-Insaf;PTI;Pakistan Muslim League-Nawaz;PML-N;Pakistan Peoples Party;Pakistan People's Party
ISRPTY|Likud;Yesh Atid;Otzma Yehudit;Religious Zionism;Religious Zionist Party;Shas;United Torah Judaism
ZAFPTY|African National Congress;ANC;Democratic Alliance;Economic Freedom Fighters;EFF;uMkhonto weSizwe;uMkhonto we Sizwe;MK Party
TURPTY|Justice and Development Party;AKP;AK Party;Republican People's Party;CHP;Peoples' Equality and Democracy Party;DEM Party;Nationalist Movement Party;MHP
RUSPTY|United Russia;Communist Party of the Russian Federation;LDPR
HUNPTY|Fidesz;Tisza Party;Tisza
POLPTY|Law and Justice party;PiS;Civic Platform;Civic Coalition
VENPTY|United Socialist Party of Venezuela;PSUV
NPLPTY|Rastriya Swatantra Party;Rastriya Swatantra
BGDPTY|Awami League;Bangladesh Nationalist Party;BNP;Jamaat-e-Islami
TWNPTY|Kuomintang;KMT;Taiwan People's Party
SRBPTY|Serbian Progressive Party;SNS
ARGPTY|La Libertad Avanza;Peronists;Peronist party
CANPTY|Liberal Party of Canada;Conservative Party of Canada;New Democratic Party;NDP
AUSPTY|Australian Labor Party;Liberal Party of Australia
NLDPTY|Party for Freedom;PVV
AUTPTY|Freedom Party of Austria;FPO;FPÖ
ROUPTY|Alliance for the Union of Romanians;AUR
GEOPTY|Georgian Dream;United National Movement
MMRPTY|National League for Democracy;NLD;Union Solidarity and Development Party;USDP
THAPTY|Pheu Thai;Pheu Thai Party;Move Forward Party;Bhumjaithai;Bhumjaithai Party
CZEPTY|ANO movement;ANO party
# --- Afghanistan and South Asia
PAKREBTTP|Tehrik-i-Taliban Pakistan;Tehreek-e-Taliban Pakistan;Tehrik-e-Taliban Pakistan;Tehreek-i-Taliban Pakistan;TTP;Pakistani Taliban;Pakistan Taliban
PAKREB|Balochistan Liberation Army;BLA;Baloch Liberation Army;Balochistan Liberation Front;BLF;Baloch Republican Army;Lashkar-e-Jhangvi;Lashkar-e-Jhangvi al-Alami;Sipah-e-Sahaba;Jamaat-ul-Ahrar;Hafiz Gul Bahadur group;Tehreek-e-Labbaik Pakistan;TLP
PAKREBKAS|Lashkar-e-Taiba;Lashkar-e-Toiba;Lashkar-e-Tayyiba;Jaish-e-Mohammed;Jaish-e-Muhammad;Jaish-e-Mohammad;Hizbul Mujahideen;Hizb-ul-Mujahideen;The Resistance Front;TRF;Harkat-ul-Mujahideen
AFGREB|Haqqani network;Haqqani Network;Hezb-e-Islami;Hizb-i-Islami;National Resistance Front;National Resistance Front of Afghanistan;Afghanistan Freedom Front
INDREB|Communist Party of India (Maoist);CPI (Maoist);CPI-Maoist;Maoist rebels;Naxalites;Naxals;United Liberation Front of Asom;ULFA;National Socialist Council of Nagaland;NSCN;NSCN-IM;Khalistan Zindabad Force;Babbar Khalsa;Babbar Khalsa International;Khalistan Tiger Force;Sikhs for Justice
LKAREB|Liberation Tigers of Tamil Eelam;LTTE;Tamil Tigers;Tamil Tiger rebels
BGDREB|Jamaat-ul-Mujahideen Bangladesh;JMB;Arakan Rohingya Salvation Army;ARSA
NPLREB|Communist Party of Nepal (Maoist);Nepalese Maoists
# --- Myanmar and Southeast Asia
MMRREB|Arakan Army;Kachin Independence Army;Kachin Independence Organization;KIO;Karen National Union;KNU;Karen National Liberation Army;KNLA;Myanmar National Democratic Alliance Army;MNDAA;Ta'ang National Liberation Army;TNLA;Three Brotherhood Alliance;Brotherhood Alliance;United Wa State Army;UWSA;Karenni Army;Karenni Nationalities Defence Force;KNDF;Chin National Front;Chinland Council;People's Defence Force;People's Defense Force;People's Defence Forces;People's Defense Forces;Restoration Council of Shan State;Shan State Army
MMROPP|National Unity Government;NUG;National Unity Government of Myanmar
PHLREB|New People's Army;NPA;Communist Party of the Philippines;Moro Islamic Liberation Front;MILF;Moro National Liberation Front;MNLF;Abu Sayyaf;Abu Sayyaf Group;ASG;Bangsamoro Islamic Freedom Fighters;BIFF;Maute group;Dawlah Islamiyah
THAREB|Barisan Revolusi Nasional;BRN;Patani United Liberation Organisation;PULO
IDNREB|Jemaah Islamiyah;Jemaah Ansharut Daulah;Mujahidin Indonesia Timur;Free Papua Movement;Organisasi Papua Merdeka;West Papua National Liberation Army;TPNPB
# --- Africa
SOMREBSHB|al-Shabaab;al-Shabab;Al Shabaab;Al Shabab;Shabaab;Shabab;Harakat al-Shabaab al-Mujahideen;al-Shabaab militants;al-Shabaab fighters
NGAREBBKH|Boko Haram;Jama'atu Ahlis Sunna Lidda'awati wal-Jihad;Jamā'at Ahl as-Sunnah lid-Da'wah wa'l-Jihād;Boko Haram militants;Boko Haram insurgents;Ansaru
NGAREB|Indigenous People of Biafra;IPOB;Eastern Security Network;ESN;Movement for the Emancipation of the Niger Delta;Niger Delta Avengers;Lakurawa
CODREBMTM|M23;M23 rebels;March 23 Movement;Mouvement du 23 mars;Congo River Alliance;Alliance Fleuve Congo;AFC/M23
CODREB|Allied Democratic Forces;Cooperative for the Development of Congo;CODECO;Democratic Forces for the Liberation of Rwanda;FDLR;Mai-Mai;Mai Mai;Wazalendo;Raia Mutomboki;Nyatura
SDNREB|Sudan People's Liberation Movement-North;SPLM-N;Sudan Liberation Movement;SLM;Sudan Liberation Army;SLA;SLA-AW;Justice and Equality Movement;Sudan Revolutionary Front
SSDREB|Sudan People's Liberation Movement-in-Opposition;SPLM-IO;SPLA-IO;National Salvation Front;White Army
ETHREB|Tigray People's Liberation Front;TPLF;Tigray Defence Forces;Tigray Defense Forces;TDF;Oromo Liberation Army;OLA;Oromo Liberation Front;OLF;Fano;Fano militia;Ogaden National Liberation Front;ONLF
MLIREB|Coordination of Azawad Movements;Strategic Framework for the Defence of the People of Azawad;CSP-DPA;Azawad Liberation Front;National Movement for the Liberation of Azawad;MNLA;Ansar Dine;Macina Liberation Front;Katiba Macina
BFAREB|Ansarul Islam
CAFREB|Seleka;Séléka;anti-balaka;Anti-Balaka;Coalition of Patriots for Change;Return, Reclamation and Rehabilitation;Union for Peace in the Central African Republic;UPC
CMRREB|Ambazonia Defence Forces;Ambazonian separatists;Amba Boys
MOZREB|Ansar al-Sunna;Ahlu Sunnah Wa-Jamo;Al-Shabaab in Mozambique;Islamic State Mozambique Province;Renamo armed wing
LBYREB|Libyan National Army;LNA;Libyan Arab Armed Forces;LAAF;Haftar's forces;Tariq Ben Zeyad Brigade;Radaa Special Deterrence Force;Radaa;Stability Support Apparatus
LBYGOV|Government of National Accord;GNA;Presidential Council of Libya;House of Representatives of Libya
MARREB|Polisario Front;Polisario;POLISARIO;Frente Polisario;Sahrawi People's Liberation Army
UGAREB|Lord's Resistance Army;LRA
TCDREB|Front for Change and Concord in Chad;Union of Resistance Forces;UFR
NERREB|National Council for the Safeguard of the Homeland;CNSP
# --- Europe
GBRREB|Irish Republican Army;Provisional IRA;Provisional Irish Republican Army;New IRA;Real IRA;Continuity IRA;Ulster Volunteer Force;UVF;Ulster Defence Association;UDA
ESPREB|ETA;Euskadi Ta Askatasuna
FRAREB|National Front for the Liberation of Corsica;FLNC
RUSREB|Freedom of Russia Legion;Russian Volunteer Corps;RDK;Siberian Battalion
RUSOPP|Anti-Corruption Foundation;FBK;Navalny's team;Russian opposition
UKRREB|Donetsk People's Republic;DPR;Luhansk People's Republic;Lugansk People's Republic;LPR;Donbas separatists;Donbass separatists;pro-Russian separatists;Russian-backed separatists;Moscow-backed separatists
UKRMIL|Azov Regiment;Azov Brigade;Azov Battalion;Territorial Defence Forces;Territorial Defense Forces;International Legion;Kraken unit
GEOREB|South Ossetia;South Ossetian;South Ossetians;Tskhinvali;Abkhazia;Abkhaz;Abkhazian;Abkhazians;Sukhumi
MDAREB|Transnistria;Transdniestria;Trans-Dniester;Transnistrian;Transnistrian authorities;Tiraspol
AZEREB|Nagorno-Karabakh authorities;Artsakh;Republic of Artsakh;Karabakh Armenian authorities;Karabakh separatists
KSVREB|Kosovo Liberation Army;KLA;UCK
# --- Americas
COLREBFRC|Revolutionary Armed Forces of Colombia;FARC;FARC-EP;FARC rebels;FARC dissidents;Estado Mayor Central;Segunda Marquetalia;Second Marquetalia
COLREBELN|National Liberation Army of Colombia;ELN;Ejercito de Liberacion Nacional;Ejército de Liberación Nacional;ELN rebels;ELN guerrillas
COLCRM|Gulf Clan;Clan del Golfo;Gaitanist Army of Colombia;Gaitanista Self-Defense Forces of Colombia;Autodefensas Gaitanistas de Colombia;AGC;Urabenos;Urabeños
PERREB|Shining Path;Sendero Luminoso;Militarized Communist Party of Peru
MEXCRM|Sinaloa Cartel;Sinaloa cartel;Jalisco New Generation Cartel;CJNG;Gulf Cartel;Los Zetas;Zetas;Cartel del Noreste;La Familia Michoacana;Familia Michoacana;Beltran Leyva Organization;Juarez Cartel;Carteles Unidos
VENCRM|Tren de Aragua
HTICRM|Viv Ansanm;G9;G9 an Fanmi e Alye;G-Pep;400 Mawozo;Gran Grif
SLVCRM|MS-13;Mara Salvatrucha;Barrio 18;18th Street gang
ECUCRM|Los Choneros;Los Lobos;Los Tiguerones
BRACRM|First Capital Command;Primeiro Comando da Capital;PCC;Comando Vermelho;Red Command
"""

# Groups whose code changes with the date of the story. Limits inclusive, YYYYMMDD.
GROUPS_DATED = r"""
# Taliban: insurgency until the fall of Kabul on 15 August 2021, then the
# de facto government (Islamic Emirate).  Before the 2001 US invasion they
# were also the de facto government (Sept 1996 - Dec 2001).
Taliban;Afghan Taliban;Taleban;Taliban movement;Taliban fighters;Taliban militants;Taliban insurgents;Taliban government;Taliban administration;Taliban authorities;Taliban regime;Islamic Emirate|AFGGOVTAL 19960927-20011207;AFGINSTAL 20011208-20210814;AFGGOVTAL >20210815;AFGINSTAL
# Hayat Tahrir al-Sham: jihadist rebel coalition (founded January 2017,
# successor of the Nusra Front) until the fall of Assad on 8 December 2024;
# then the core of the Syrian transitional government.
Hayat Tahrir al-Sham;Hay'at Tahrir al-Sham;Hayat Tahrir al Sham;HTS;Tahrir al-Sham;Levant Liberation Committee|SYRREB <20241207;SYRGOV >20241208;SYRGOV
Nusra Front;al-Nusra Front;Jabhat al-Nusra;al-Nusra;Jabhat Fateh al-Sham;Jabhat Fatah al-Sham|SYRREB
# Rapid Support Forces (Sudan): a state paramilitary (formed 2013, legalised
# 2017) until the war with the army began on 15 April 2023.
Rapid Support Forces;RSF;Sudan's Rapid Support Forces;Sudanese Rapid Support Forces;RSF paramilitaries;RSF paramilitary;Janjaweed|SDNMIL <20230414;SDNREBRSF >20230415;SDNREBRSF
# Wagner Group: Russian private military company, acting for the Russian
# state; renamed/absorbed into the Africa Corps after the June 2023 mutiny.
Wagner Group;Wagner;Wagner PMC;PMC Wagner;Wagner mercenaries;Wagner fighters;Africa Corps;Russian Africa Corps|RUSMILWAG
# The Assad government of Syria fell on 8 December 2024; afterwards these names
# refer to the former regime (elites out of office).
Assad regime;Assad government;Syrian regime;Assad loyalists|SYRGOV <20241207;SYRELI >20241208;SYRELI
# Sudan People's Liberation Movement/Army: rebels until the Comprehensive
# Peace Agreement (9 January 2005), then the government of autonomous Southern
# Sudan, and from independence (9 July 2011) the ruling party of South Sudan.
Sudan People's Liberation Movement;SPLM;Sudan People's Liberation Army;SPLA|SDNREB <20050108;SDNGOV 20050109-20110708;SSDGOV >20110709;SSDGOV
"""


def emit(out, codes, names):
    names = with_variants(list(dict.fromkeys(phrase(n) for n in names)))
    if len(codes) == 1 and " " not in codes[0]:
        out.append(f"{names[0]} [{codes[0]}]")
        out.extend("+" + n for n in names[1:])
    else:
        out.append(names[0])
        out.extend("+" + n for n in names[1:])
        out.extend("\t[" + c + "]" for c in codes)
    out.append("")


def main():
    which = sys.argv[1] if len(sys.argv) > 1 else "organizations"
    out = []
    seen = {}
    if which == "organizations":
        out += ["# dyad actor dictionary: international organisations, their organs and",
                "# agencies, international and national NGOs. PETRARCH actor format.",
                "# Generated by scripts/dev/gen_orgs.py -- edit the script, not this file.",
                "# Written by the dyad authors from facts. Code scheme: docs/DICTIONARIES.md.", ""]
        table = ORGANIZATIONS
    else:
        out += ["# dyad actor dictionary: non-state armed groups, militias, separatist",
                "# authorities, cartels, opposition movements. PETRARCH actor format.",
                "# Generated by scripts/dev/gen_orgs.py -- edit the script, not this file.",
                "# Written by the dyad authors from facts. Code scheme: docs/DICTIONARIES.md.",
                "# Dates are YYYYMMDD, limits inclusive.", ""]
        table = GROUPS
    for line in table.strip().splitlines():
        if not line.strip():
            continue
        if line.startswith("#"):
            out += [line, ""]
            continue
        code, names = line.split("|")
        names = [n for n in split(names)]
        keep = []
        for n in names:
            p = phrase(n)
            if p in seen:
                if seen[p] != code:
                    sys.stderr.write(f"warning: {p} is {seen[p]} and {code}\n")
                continue
            seen[p] = code
            keep.append(n)
        if keep:
            emit(out, [code], keep)
    if which == "groups":
        out += ["#" * 70, "# Groups whose code depends on the date of the story", "#" * 70, ""]
        for line in GROUPS_DATED.strip().splitlines():
            if line.startswith("#"):
                out.append(line)
                continue
            names, codes = line.split("|")
            emit(out, split(codes), split(names))
    sys.stdout.write("\n".join(out).rstrip("\n") + "\n")


if __name__ == "__main__":
    main()
