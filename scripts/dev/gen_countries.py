#!/usr/bin/env python3
"""One-off generator for dict/countries.actors.txt (dyad's own country dictionary).

Not used at build time: the product needs no Python. Run it by hand after editing
the tables below, then commit both this script and the generated file:

    python3 scripts/dev/gen_countries.py > dict/countries.actors.txt

Every entry below was written by the dyad authors from facts (ISO 3166-1 codes,
country names, demonyms, capitals); nothing is copied from another dictionary.
Format: PETRARCH actor dictionary (see docs/DICTIONARIES.md).
"""
import sys

# code | names ; separated | adjectives and demonyms (singular) | capitals and
# other place names used as metonyms for the country (coded as the country)
COUNTRIES = r"""
AFG|Afghanistan;Islamic Republic of Afghanistan;Islamic Emirate of Afghanistan|Afghan;Afghanistani|Kabul
ALA|Aland Islands;Åland Islands;Aland;Åland|Alander;Ålander|Mariehamn
ALB|Albania;Republic of Albania|Albanian|Tirana;Tirane
DZA|Algeria;People's Democratic Republic of Algeria|Algerian|Algiers
ASM|American Samoa|American Samoan|Pago Pago
AND|Andorra;Principality of Andorra|Andorran|Andorra la Vella
AGO|Angola;Republic of Angola|Angolan|Luanda
AIA|Anguilla|Anguillan|
ATA|Antarctica|Antarctic|
ATG|Antigua and Barbuda;Antigua & Barbuda;Antigua|Antiguan;Barbudan|
ARG|Argentina;Argentine Republic|Argentine;Argentinian;Argentinean|Buenos Aires
ARM|Armenia;Republic of Armenia|Armenian|Yerevan
ABW|Aruba|Aruban|Oranjestad
AUS|Australia;Commonwealth of Australia|Australian;Aussie|Canberra
AUT|Austria;Republic of Austria|Austrian|Vienna
AZE|Azerbaijan;Republic of Azerbaijan|Azerbaijani;Azeri|Baku
BHS|Bahamas;The Bahamas;Commonwealth of The Bahamas|Bahamian|Nassau
BHR|Bahrain;Kingdom of Bahrain|Bahraini|Manama
BGD|Bangladesh;People's Republic of Bangladesh|Bangladeshi|Dhaka;Dacca
BRB|Barbados|Barbadian;Bajan|Bridgetown
BLR|Belarus;Republic of Belarus;Byelorussia;Belorussia|Belarusian;Belarussian;Byelorussian;Belorussian|Minsk
BEL|Belgium;Kingdom of Belgium|Belgian|
BLZ|Belize|Belizean|Belmopan
BEN|Benin;Republic of Benin;Dahomey|Beninese;Beninois|Porto-Novo;Porto Novo;Cotonou
BMU|Bermuda|Bermudian;Bermudan|
BTN|Bhutan;Kingdom of Bhutan|Bhutanese|Thimphu
BOL|Bolivia;Plurinational State of Bolivia|Bolivian|La Paz
BES|Bonaire, Sint Eustatius and Saba;Bonaire;Sint Eustatius;Saba;Caribbean Netherlands||Kralendijk
BIH|Bosnia and Herzegovina;Bosnia-Herzegovina;Bosnia & Herzegovina;Bosnia Herzegovina;Bosnia|Bosnian;Bosniak;Herzegovinian|Sarajevo
BWA|Botswana;Republic of Botswana|Botswanan;Motswana;Batswana|Gaborone
BVT|Bouvet Island||
BRA|Brazil;Federative Republic of Brazil|Brazilian|Brasilia;Brasília
IOT|British Indian Ocean Territory;Chagos Islands;Chagos Archipelago;Diego Garcia|Chagossian|
BRN|Brunei;Brunei Darussalam|Bruneian|Bandar Seri Begawan
BGR|Bulgaria;Republic of Bulgaria|Bulgarian|Sofia
BFA|Burkina Faso;Burkina;Upper Volta|Burkinabe;Burkinabé|Ouagadougou
BDI|Burundi;Republic of Burundi|Burundian;Burundi|Gitega;Bujumbura
CPV|Cape Verde;Cabo Verde;Republic of Cabo Verde|Cape Verdean;Cabo Verdean|Praia
KHM|Cambodia;Kingdom of Cambodia;Kampuchea|Cambodian;Khmer|Phnom Penh
CMR|Cameroon;Republic of Cameroon|Cameroonian|Yaounde;Yaoundé
CAN|Canada|Canadian|Ottawa
CYM|Cayman Islands;Caymans|Caymanian|George Town
CAF|Central African Republic|Central African|Bangui
TCD|Chad;Republic of Chad|Chadian|N'Djamena;Ndjamena;N'Djaména
CHL|Chile;Republic of Chile|Chilean|Santiago
CHN|China;People's Republic of China;PRC;P.R.C.;Mainland China|Chinese|Beijing;Peking
CXR|Christmas Island|Christmas Islander|Flying Fish Cove
CCK|Cocos (Keeling) Islands;Cocos Keeling Islands;Cocos Islands;Keeling Islands||West Island
COL|Colombia;Republic of Colombia|Colombian|Bogota;Bogotá
COM|Comoros;Union of the Comoros;Comoro Islands|Comoran;Comorian|Moroni
COG|Republic of the Congo;Republic of Congo;Congo Republic;Congo-Brazzaville;Congo Brazzaville||Brazzaville
COD|Democratic Republic of the Congo;Democratic Republic of Congo;DR Congo;D.R. Congo;DRC;D.R.C.;DR of Congo;Congo-Kinshasa;Congo Kinshasa;Congo;Zaire|Congolese;Zairean;Zairian|Kinshasa
COK|Cook Islands|Cook Islander|Avarua
CRI|Costa Rica;Republic of Costa Rica|Costa Rican|
CIV|Cote d'Ivoire;Côte d'Ivoire;Ivory Coast;Republic of Cote d'Ivoire|Ivorian;Ivoirian|Yamoussoukro;Abidjan
HRV|Croatia;Republic of Croatia|Croatian;Croat|Zagreb
CUB|Cuba;Republic of Cuba|Cuban|Havana
CUW|Curacao;Curaçao|Curacaoan;Curaçaoan|Willemstad
CYP|Cyprus;Republic of Cyprus;Northern Cyprus;Turkish Republic of Northern Cyprus|Cypriot;Greek Cypriot;Turkish Cypriot|Nicosia
CZE|Czech Republic;Czechia|Czech|Prague
DNK|Denmark;Kingdom of Denmark|Danish;Dane|Copenhagen
DJI|Djibouti;Republic of Djibouti|Djiboutian|
DMA|Dominica;Commonwealth of Dominica||Roseau
DOM|Dominican Republic|Dominican|Santo Domingo
ECU|Ecuador;Republic of Ecuador|Ecuadorian;Ecuadorean|Quito
EGY|Egypt;Arab Republic of Egypt|Egyptian|Cairo
SLV|El Salvador;Republic of El Salvador|Salvadoran;Salvadorean;Salvadorian|San Salvador
GNQ|Equatorial Guinea;Republic of Equatorial Guinea|Equatorial Guinean;Equatoguinean|Malabo
ERI|Eritrea;State of Eritrea|Eritrean|Asmara
EST|Estonia;Republic of Estonia|Estonian|Tallinn
SWZ|Eswatini;Swaziland;Kingdom of Eswatini;Kingdom of Swaziland|Swazi;Emaswati|Mbabane;Lobamba
ETH|Ethiopia;Federal Democratic Republic of Ethiopia|Ethiopian|Addis Ababa
FLK|Falkland Islands;Falklands;Malvinas;Islas Malvinas|Falkland Islander|
FRO|Faroe Islands;Faroes;Faeroe Islands|Faroese;Faroe Islander|Torshavn;Tórshavn
FJI|Fiji;Republic of Fiji|Fijian|Suva
FIN|Finland;Republic of Finland|Finnish;Finn|Helsinki
FRA|France;French Republic|French;Frenchman;Frenchmen;Frenchwoman;Frenchwomen|Paris
GUF|French Guiana;Guyane|French Guianese;French Guianan|Cayenne
PYF|French Polynesia;Tahiti|French Polynesian;Tahitian|Papeete
ATF|French Southern and Antarctic Lands;French Southern Territories;Kerguelen Islands||
GAB|Gabon;Gabonese Republic|Gabonese|Libreville
GMB|Gambia;The Gambia;Republic of The Gambia|Gambian|Banjul
GEO|Georgia;Republic of Georgia;Sakartvelo|Georgian|Tbilisi
DEU|Germany;Federal Republic of Germany|German|Berlin
GHA|Ghana;Republic of Ghana|Ghanaian|Accra
GIB|Gibraltar|Gibraltarian|
GRC|Greece;Hellenic Republic;Hellas|Greek;Hellenic|Athens
GRL|Greenland;Kalaallit Nunaat|Greenlandic;Greenlander|Nuuk;Godthab
GRD|Grenada|Grenadian|
GLP|Guadeloupe|Guadeloupean|Basse-Terre
GUM|Guam|Guamanian|Hagatna;Hagåtña
GTM|Guatemala;Republic of Guatemala|Guatemalan|Guatemala City
GGY|Guernsey;Bailiwick of Guernsey|Guernseyman|St Peter Port;St. Peter Port
GIN|Guinea;Republic of Guinea;Guinea-Conakry;Guinea Conakry|Guinean|Conakry
GNB|Guinea-Bissau;Guinea Bissau;Republic of Guinea-Bissau|Bissau-Guinean|Bissau
GUY|Guyana;Co-operative Republic of Guyana|Guyanese|Georgetown
HTI|Haiti;Republic of Haiti|Haitian|Port-au-Prince
HMD|Heard Island and McDonald Islands;Heard Island||
VAT|Vatican;Holy See;Vatican City;Vatican City State|Vatican|
HND|Honduras;Republic of Honduras|Honduran|Tegucigalpa
HKG|Hong Kong;Hong Kong SAR;Hongkong;Hong Kong Special Administrative Region|Hong Konger;Hongkonger|
HUN|Hungary|Hungarian|Budapest
ISL|Iceland|Icelandic;Icelander|Reykjavik;Reykjavík
IND|India;Republic of India;Bharat|Indian|New Delhi;Delhi
IDN|Indonesia;Republic of Indonesia|Indonesian|Jakarta
IRN|Iran;Islamic Republic of Iran;Persia|Iranian|Tehran;Teheran
IRQ|Iraq;Republic of Iraq|Iraqi|Baghdad
IRL|Ireland;Republic of Ireland;Eire;Éire|Irish;Irishman;Irishmen|Dublin
IMN|Isle of Man|Manx|
ISR|Israel;State of Israel|Israeli|Jerusalem;West Jerusalem;Tel Aviv
ITA|Italy;Italian Republic|Italian|Rome
JAM|Jamaica|Jamaican|Kingston
JPN|Japan|Japanese|Tokyo
JEY|Bailiwick of Jersey;States of Jersey||St Helier;St. Helier;Saint Helier
JOR|Jordan;Hashemite Kingdom of Jordan|Jordanian|Amman
KAZ|Kazakhstan;Republic of Kazakhstan;Kazakstan|Kazakh;Kazakhstani;Kazak|Astana;Nur-Sultan
KEN|Kenya;Republic of Kenya|Kenyan|Nairobi
KIR|Kiribati;Republic of Kiribati|I-Kiribati|Tarawa;South Tarawa
PRK|North Korea;Democratic People's Republic of Korea;DPRK;D.P.R.K.;N. Korea;N.Korea|North Korean|Pyongyang
KOR|South Korea;Republic of Korea;ROK;R.O.K.;S. Korea;S.Korea;Korea|South Korean;Korean|Seoul
KWT|Kuwait;State of Kuwait|Kuwaiti|Kuwait City
KGZ|Kyrgyzstan;Kyrgyz Republic;Kirghizia;Kirgizia;Kirgizstan|Kyrgyz;Kyrgyzstani;Kirghiz|Bishkek
LAO|Laos;Lao People's Democratic Republic;Lao PDR;Lao|Laotian|Vientiane
LVA|Latvia;Republic of Latvia|Latvian|Riga
LBN|Lebanon;Lebanese Republic|Lebanese|Beirut
LSO|Lesotho;Kingdom of Lesotho|Basotho;Mosotho|Maseru
LBR|Liberia;Republic of Liberia|Liberian|Monrovia
LBY|Libya;State of Libya;Libyan Arab Jamahiriya|Libyan|Tripoli
LIE|Liechtenstein;Principality of Liechtenstein|Liechtensteiner|Vaduz
LTU|Lithuania;Republic of Lithuania|Lithuanian|Vilnius
LUX|Luxembourg;Grand Duchy of Luxembourg|Luxembourgish;Luxembourger|
MAC|Macau;Macao;Macau SAR;Macao SAR|Macanese|
MDG|Madagascar;Republic of Madagascar|Malagasy|Antananarivo
MWI|Malawi;Republic of Malawi|Malawian|Lilongwe
MYS|Malaysia|Malaysian|Kuala Lumpur;Putrajaya
MDV|Maldives;Republic of Maldives;Maldive Islands|Maldivian|
MLI|Mali;Republic of Mali|Malian|Bamako
MLT|Malta;Republic of Malta|Maltese|Valletta
MHL|Marshall Islands;Republic of the Marshall Islands|Marshallese|Majuro
MTQ|Martinique|Martiniquais|Fort-de-France
MRT|Mauritania;Islamic Republic of Mauritania|Mauritanian|Nouakchott
MUS|Mauritius;Republic of Mauritius|Mauritian|Port Louis
MYT|Mayotte|Mahoran|Mamoudzou
MEX|Mexico;United Mexican States|Mexican|Mexico City
FSM|Micronesia;Federated States of Micronesia|Micronesian|Palikir
MDA|Moldova;Republic of Moldova;Moldavia|Moldovan;Moldavian|Chisinau;Chișinău;Kishinev
MCO|Monaco;Principality of Monaco|Monegasque;Monacan|
MNG|Mongolia|Mongolian|Ulaanbaatar;Ulan Bator
MNE|Montenegro|Montenegrin|Podgorica
MSR|Montserrat|Montserratian|Brades
MAR|Morocco;Kingdom of Morocco|Moroccan|Rabat
MOZ|Mozambique;Republic of Mozambique|Mozambican|Maputo
MMR|Myanmar;Burma;Republic of the Union of Myanmar|Burmese;Myanmarese|Naypyidaw;Nay Pyi Taw;Naypyitaw;Yangon;Rangoon
NAM|Namibia;Republic of Namibia|Namibian|Windhoek
NRU|Nauru;Republic of Nauru|Nauruan|Yaren
NPL|Nepal|Nepalese;Nepali|Kathmandu
NLD|Netherlands;The Netherlands;Holland;Kingdom of the Netherlands|Dutch;Dutchman;Dutchmen;Netherlander|Amsterdam;The Hague
NCL|New Caledonia|New Caledonian|Noumea;Nouméa
NZL|New Zealand;Aotearoa|New Zealander|Wellington
NIC|Nicaragua;Republic of Nicaragua|Nicaraguan|Managua
NER|Niger;Republic of Niger;Republic of the Niger|Nigerien|Niamey
NGA|Nigeria;Federal Republic of Nigeria|Nigerian|Abuja
NIU|Niue|Niuean|Alofi
NFK|Norfolk Island|Norfolk Islander|Kingston, Norfolk Island
MKD|North Macedonia;Republic of North Macedonia;Macedonia;Former Yugoslav Republic of Macedonia;FYROM;FYR Macedonia|Macedonian;North Macedonian|Skopje
MNP|Northern Mariana Islands;Northern Marianas;Saipan|Northern Mariana Islander|
NOR|Norway;Kingdom of Norway|Norwegian|Oslo
OMN|Oman;Sultanate of Oman|Omani|Muscat
PAK|Pakistan;Islamic Republic of Pakistan|Pakistani|Islamabad
PLW|Palau;Republic of Palau|Palauan|Ngerulmud
PSE|Palestine;State of Palestine;Palestinian Territories;Palestinian Territory;Occupied Palestinian Territories;Occupied Palestinian Territory;West Bank;Gaza Strip;Gaza|Palestinian|Ramallah;East Jerusalem
PAN|Panama;Republic of Panama|Panamanian|Panama City
PNG|Papua New Guinea;New Guinea|Papua New Guinean|Port Moresby
PRY|Paraguay;Republic of Paraguay|Paraguayan|Asuncion;Asunción
PER|Peru;Republic of Peru|Peruvian|Lima
PHL|Philippines;The Philippines;Republic of the Philippines|Philippine;Filipino;Filipina|Manila
PCN|Pitcairn Islands;Pitcairn|Pitcairn Islander|Adamstown
POL|Poland;Republic of Poland|Polish;Poles|Warsaw
PRT|Portugal;Portuguese Republic|Portuguese|Lisbon
PRI|Puerto Rico;Commonwealth of Puerto Rico|Puerto Rican|San Juan
QAT|Qatar;State of Qatar|Qatari|Doha
REU|Reunion;Réunion;La Reunion;La Réunion|Reunionese|Saint-Denis
ROU|Romania;Rumania;Roumania|Romanian;Rumanian|Bucharest
RUS|Russia;Russian Federation|Russian|Moscow
RWA|Rwanda;Republic of Rwanda|Rwandan;Rwandese|Kigali
BLM|Saint Barthelemy;Saint Barthélemy;St. Barthelemy;St. Barts;St Barts;St. Barth||Gustavia
SHN|Saint Helena, Ascension and Tristan da Cunha;Saint Helena;St. Helena;St Helena;Ascension Island;Tristan da Cunha|Saint Helenian|Jamestown
KNA|Saint Kitts and Nevis;St. Kitts and Nevis;St Kitts and Nevis;Saint Christopher and Nevis;St. Kitts|Kittitian;Nevisian|Basseterre
LCA|Saint Lucia;St. Lucia;St Lucia|Saint Lucian;St. Lucian|Castries
MAF|Saint Martin;St. Martin;Collectivity of Saint Martin;Saint-Martin||Marigot
SPM|Saint Pierre and Miquelon;St. Pierre and Miquelon;Saint-Pierre and Miquelon||Saint-Pierre
VCT|Saint Vincent and the Grenadines;St. Vincent and the Grenadines;St Vincent and the Grenadines;Saint Vincent;St. Vincent|Vincentian|Kingstown
WSM|Samoa;Independent State of Samoa;Western Samoa|Samoan|Apia
SMR|San Marino;Republic of San Marino|Sammarinese|
STP|Sao Tome and Principe;São Tomé and Príncipe;Sao Tome;São Tomé|Santomean;Sao Tomean|
SAU|Saudi Arabia;Kingdom of Saudi Arabia;KSA|Saudi;Saudi Arabian|Riyadh
SEN|Senegal;Republic of Senegal|Senegalese|Dakar
SRB|Serbia;Republic of Serbia|Serbian;Serb|Belgrade
SYC|Seychelles;Republic of Seychelles|Seychellois|
SLE|Sierra Leone;Republic of Sierra Leone|Sierra Leonean|Freetown
SGP|Singapore;Republic of Singapore|Singaporean|
SXM|Sint Maarten||Philipsburg
SVK|Slovakia;Slovak Republic|Slovak;Slovakian|Bratislava
SVN|Slovenia;Republic of Slovenia|Slovenian;Slovene|Ljubljana
SLB|Solomon Islands|Solomon Islander|Honiara
SOM|Somalia;Federal Republic of Somalia;Somaliland;Puntland|Somali;Somalian;Somalilander|Mogadishu;Hargeisa
ZAF|South Africa;Republic of South Africa;RSA|South African|Pretoria;Cape Town
SGS|South Georgia and the South Sandwich Islands;South Georgia;South Sandwich Islands||
SSD|South Sudan;Republic of South Sudan|South Sudanese|Juba
ESP|Spain;Kingdom of Spain|Spanish;Spaniard|Madrid
LKA|Sri Lanka;Democratic Socialist Republic of Sri Lanka;Ceylon|Sri Lankan|Colombo;Sri Jayawardenepura Kotte
SDN|Sudan;Republic of the Sudan;Republic of Sudan|Sudanese|Khartoum;Port Sudan
SUR|Suriname;Surinam;Republic of Suriname|Surinamese|Paramaribo
SJM|Svalbard and Jan Mayen;Svalbard;Jan Mayen||Longyearbyen
SWE|Sweden;Kingdom of Sweden|Swedish;Swede|Stockholm
CHE|Switzerland;Swiss Confederation|Swiss|Bern;Berne
SYR|Syria;Syrian Arab Republic|Syrian|Damascus
TWN|Taiwan;Republic of China;ROC;R.O.C.;Chinese Taipei|Taiwanese|Taipei
TJK|Tajikistan;Republic of Tajikistan|Tajik;Tajikistani|Dushanbe
TZA|Tanzania;United Republic of Tanzania|Tanzanian|Dodoma;Dar es Salaam
THA|Thailand;Kingdom of Thailand;Siam|Thai|Bangkok
TLS|Timor-Leste;Timor Leste;East Timor;Democratic Republic of Timor-Leste|Timorese;East Timorese|Dili
TGO|Togo;Togolese Republic|Togolese|Lome;Lomé
TKL|Tokelau|Tokelauan|
TON|Tonga;Kingdom of Tonga|Tongan|Nuku'alofa;Nukualofa
TTO|Trinidad and Tobago;Trinidad & Tobago;Trinidad|Trinidadian;Tobagonian|Port of Spain;Port-of-Spain
TUN|Tunisia;Republic of Tunisia|Tunisian|Tunis
TUR|Turkey;Türkiye;Turkiye;Republic of Turkey;Republic of Türkiye|Turkish;Turk|Ankara
TKM|Turkmenistan|Turkmen;Turkmenistani|Ashgabat;Ashkhabad
TCA|Turks and Caicos Islands;Turks and Caicos;Turks & Caicos||Cockburn Town
TUV|Tuvalu|Tuvaluan|Funafuti
UGA|Uganda;Republic of Uganda|Ugandan|Kampala
UKR|Ukraine;The Ukraine|Ukrainian|Kyiv;Kiev
ARE|United Arab Emirates;UAE;U.A.E.;Emirates|Emirati|Abu Dhabi;Dubai
GBR|United Kingdom;United Kingdom of Great Britain and Northern Ireland;UK;U.K.;Britain;Great Britain;England;Scotland;Wales;Northern Ireland|British;Briton;Brit;Scottish;Scot;Welsh;Northern Irish;Englishman;Englishmen|London;Edinburgh;Cardiff;Belfast
USA|United States;United States of America;US;U.S.;USA;U.S.A.;America|American|Washington;Washington DC;Washington D.C.;Washington, D.C.
UMI|United States Minor Outlying Islands;U.S. Minor Outlying Islands;Wake Island;Midway Atoll;Baker Island;Howland Island;Johnston Atoll||
URY|Uruguay;Oriental Republic of Uruguay|Uruguayan|Montevideo
UZB|Uzbekistan;Republic of Uzbekistan|Uzbek;Uzbekistani|Tashkent
VUT|Vanuatu;Republic of Vanuatu|Ni-Vanuatu|Port Vila;Port-Vila
VEN|Venezuela;Bolivarian Republic of Venezuela|Venezuelan|Caracas
VNM|Vietnam;Viet Nam;Socialist Republic of Vietnam|Vietnamese|Hanoi
VGB|British Virgin Islands;Virgin Islands, British|British Virgin Islander|Road Town
VIR|United States Virgin Islands;U.S. Virgin Islands;US Virgin Islands;Virgin Islands, U.S.|U.S. Virgin Islander|Charlotte Amalie
WLF|Wallis and Futuna;Wallis & Futuna|Wallisian;Futunan|Mata-Utu
ESH|Western Sahara;Sahrawi Arab Democratic Republic;Sahrawi Republic|Sahrawi;Saharawi|Laayoune;El Aaiún;El Aaiun
YEM|Yemen;Republic of Yemen|Yemeni;Yemenite|Sanaa;Sana'a;Aden
ZMB|Zambia;Republic of Zambia|Zambian|Lusaka
ZWE|Zimbabwe;Republic of Zimbabwe;Rhodesia|Zimbabwean;Rhodesian|Harare
KSV|Kosovo;Republic of Kosovo;Kosova|Kosovar;Kosovan;Kosovo Albanian|Pristina;Prishtina;Priština
"""

# Entities that no longer exist, with the CAMEO codes used for them.
HISTORICAL = r"""
USR|Soviet Union;USSR;U.S.S.R.;Union of Soviet Socialist Republics|Soviet|
YUG|Yugoslavia;Federal Republic of Yugoslavia;Socialist Federal Republic of Yugoslavia;Serbia and Montenegro;Serbia-Montenegro;State Union of Serbia and Montenegro|Yugoslav;Yugoslavian|
DDR|East Germany;German Democratic Republic;GDR|East German|East Berlin
CSK|Czechoslovakia;Czechoslovak Socialist Republic|Czechoslovak;Czechoslovakian|
ANT|Netherlands Antilles|Antillean|
"""

# Names whose code depends on the date of the story (CAMEO code, YYYYMMDD limits
# inclusive).  Default (no date) line last.
DATED = {
    # Serbia: part of the Federal Republic of Yugoslavia / State Union of Serbia
    # and Montenegro until the union dissolved (Montenegro left 3 June 2006,
    # Serbia its successor from 5 June 2006).
    "SRB": ["YUG <20060604", "SRB"],
    "MNE": ["YUG <20060602", "MNE"],
    # South Sudan: independent 9 July 2011; before that the south of Sudan.
    "SSD": ["SDN <20110708", "SSD"],
}

# Place names and institutions used as metonyms for a government organ,
# armed force, legislature, intelligence service or state media.
# code | names
METONYMS = r"""
USAGOV|White House;Oval Office;West Wing;State Department;U.S. State Department;US State Department;Foggy Bottom;Treasury Department;U.S. Treasury;US Treasury;Department of State;Justice Department;Department of Justice;Homeland Security Department;Department of Homeland Security;Commerce Department;Trump administration;Biden administration;Obama administration;Bush administration;Clinton administration;Washington administration
USAMIL|Pentagon;U.S. Defense Department;US Defense Department;Department of Defense;Department of War;War Department;U.S. military;US military;U.S. Army;US Army;U.S. Navy;US Navy;U.S. Air Force;US Air Force;U.S. Marines;US Marines;U.S. Marine Corps;US Marine Corps;U.S. forces;US forces;American forces;American troops;U.S. troops;US troops;U.S. Space Force;Central Command;CENTCOM;Indo-Pacific Command;INDOPACOM;U.S. Forces Korea;USFK;U.S. Joint Chiefs of Staff
USALEG|Capitol Hill;U.S. Congress;US Congress;U.S. Senate;US Senate;U.S. House of Representatives;US House of Representatives;House of Representatives;Senate Foreign Relations Committee;House Foreign Affairs Committee;Senate Armed Services Committee;House Armed Services Committee
USASPY|CIA;C.I.A.;Central Intelligence Agency;National Security Agency;Langley;Office of the Director of National Intelligence;Defense Intelligence Agency
USACOP|FBI;F.B.I.;Federal Bureau of Investigation;Drug Enforcement Administration;DEA;Immigration and Customs Enforcement;ICE agents;Border Patrol;U.S. Border Patrol;Secret Service;U.S. Secret Service
USAJUD|U.S. Supreme Court;US Supreme Court;Supreme Court of the United States
USAMED|New York Times;Washington Post;Wall Street Journal;Associated Press;CNN;Fox News;NBC News;CBS News;ABC News;Voice of America;VOA;Radio Free Europe;Radio Free Asia;Bloomberg News;Los Angeles Times;USA Today;Politico;Axios
RUSGOV|Kremlin;Russian Foreign Ministry;Russian Ministry of Foreign Affairs;Smolenskaya Square;Russian government;Kremlin administration
RUSMIL|Russian Defense Ministry;Russian Defence Ministry;Russian Ministry of Defense;Russian Ministry of Defence;Russian military;Russian army;Russian armed forces;Russian forces;Russian troops;Russian navy;Black Sea Fleet;Pacific Fleet;Northern Fleet;Russian Aerospace Forces;Russian General Staff
RUSLEG|State Duma;Duma;Federation Council
RUSSPY|FSB;Federal Security Service;SVR;Foreign Intelligence Service of Russia;GRU;Russian military intelligence
RUSMED|TASS;ITAR-TASS;RIA Novosti;Interfax;Sputnik;RT;Russia Today;Rossiya 24;Izvestia;Kommersant;Moscow Times
GBRGOV|Downing Street;Whitehall;Foreign Office;Foreign and Commonwealth Office;Foreign, Commonwealth and Development Office;FCDO;Home Office;British government;UK government;U.K. government;Her Majesty's Government;His Majesty's Government
GBRMIL|British Ministry of Defence;British Army;Royal Navy;Royal Air Force;RAF;British military;British forces;British troops
GBRLEG|Westminster;House of Commons;House of Lords;British Parliament;UK Parliament;U.K. Parliament
GBRSPY|MI6;MI5;GCHQ;Secret Intelligence Service
GBRCOP|Scotland Yard;Metropolitan Police
GBRMED|BBC;British Broadcasting Corporation;Reuters;The Guardian newspaper;Financial Times;The Times of London;Daily Telegraph;The Economist
FRAGOV|Elysee;Élysée;Elysee Palace;Élysée Palace;Quai d'Orsay;Matignon;French government
FRAMIL|French army;French military;French forces;French troops;French navy;French Air Force
FRALEG|French National Assembly;French Senate;Assemblee Nationale;Assemblée Nationale
FRAMED|Agence France-Presse;AFP;Le Monde;Le Figaro;France 24
DEUGOV|German Chancellery;German government;Kanzleramt
DEULEG|Bundestag;Bundesrat
DEUMIL|Bundeswehr;German military;German army
DEUMED|Deutsche Welle;Der Spiegel;Spiegel;DPA;Deutsche Presse-Agentur
CHNGOV|Zhongnanhai;Chinese government;Chinese Foreign Ministry;Chinese Ministry of Foreign Affairs;State Council;Chinese Communist Party;Communist Party of China;CCP;CPC;Politburo Standing Committee
CHNMIL|People's Liberation Army;PLA;PLA Navy;Chinese military;Chinese army;Chinese navy;Chinese troops;Chinese Ministry of National Defense;Central Military Commission;People's Armed Police
CHNLEG|National People's Congress;NPC;Chinese People's Political Consultative Conference;CPPCC
CHNSPY|Ministry of State Security
CHNGOVMED|Xinhua;Xinhua News Agency;People's Daily;Global Times;China Daily;CCTV;CGTN;China Central Television
HKGMED|South China Morning Post
KORGOV|Blue House;Cheong Wa Dae;Chong Wa Dae;South Korean government;South Korean Foreign Ministry;Ministry of Unification;Unification Ministry;South Korean presidential office
KORMIL|South Korean military;South Korean army;South Korean navy;ROK Army;ROK Navy;ROK Air Force;Republic of Korea Army;Joint Chiefs of Staff of South Korea;South Korean Joint Chiefs of Staff;South Korean Defense Ministry;South Korean troops;South Korean forces
KORLEG|National Assembly of South Korea;South Korean National Assembly;South Korean parliament
KORSPY|National Intelligence Service;NIS
KORMED|Yonhap;Yonhap News Agency;Korea Herald;Korea Times;KBS;Korean Broadcasting System;JoongAng Ilbo;Chosun Ilbo;Dong-a Ilbo;Hankyoreh
PRKGOV|Workers' Party of Korea;Workers Party of Korea;North Korean government;North Korean Foreign Ministry
PRKMIL|Korean People's Army;KPA;North Korean military;North Korean army;North Korean troops;North Korean forces
PRKLEG|Supreme People's Assembly
PRKGOVMED|KCNA;Korean Central News Agency;Rodong Sinmun;Korean Central Television
JPNGOV|Kantei;Kasumigaseki;Japanese government;Japanese Foreign Ministry;Gaimusho
JPNMIL|Self-Defense Forces;Self Defense Forces;Japan Self-Defense Forces;Ground Self-Defense Force;Maritime Self-Defense Force;Air Self-Defense Force;Japanese military;Japanese Defense Ministry
JPNLEG|National Diet;Japanese Diet;Japanese parliament
JPNMED|Kyodo;Kyodo News;NHK;Nikkei Asia;Asahi Shimbun;Yomiuri Shimbun;Mainichi Shimbun;Japan Times
INDGOV|South Block;Raisina Hill;Indian government;Ministry of External Affairs;Indian Foreign Ministry
INDLEG|Lok Sabha;Rajya Sabha;Indian parliament
INDMIL|Indian Army;Indian military;Indian Navy;Indian Air Force;Indian troops;Indian forces
INDMED|Times of India;Hindustan Times;Press Trust of India;NDTV
PAKMIL|Pakistan Army;Pakistani army;Pakistani military;Pakistani troops;Pakistani forces;Rawalpindi;GHQ Rawalpindi
PAKSPY|Inter-Services Intelligence;ISI
PAKMED|Associated Press of Pakistan
ISRGOV|Israeli government;Israeli Prime Minister's Office;Prime Minister's Office of Israel;Israeli Foreign Ministry
ISRMIL|Israel Defense Forces;Israel Defence Forces;Israeli Defense Forces;IDF;Tsahal;Israeli army;Israeli military;Israeli troops;Israeli forces;Israeli air force;Israeli navy;Israeli Defense Ministry
ISRLEG|Knesset
ISRSPY|Mossad;Shin Bet;Shabak
ISRMED|Haaretz;Jerusalem Post;Times of Israel;Yedioth Ahronoth;Ynet
IRNGOV|Iranian government;Iranian Foreign Ministry;Supreme National Security Council
IRNMIL|Islamic Revolutionary Guard Corps;Islamic Revolutionary Guards Corps;Revolutionary Guard;Revolutionary Guards;IRGC;Quds Force;Basij;Iranian military;Iranian army;Iranian forces
IRNLEG|Majlis;Iranian parliament;Islamic Consultative Assembly;Guardian Council;Assembly of Experts
IRNGOVMED|IRNA;Islamic Republic News Agency;Press TV;PressTV;Fars News Agency;Fars;Tasnim;Tasnim News Agency;Mehr News Agency;IRIB
UKRGOV|Bankova;National Security and Defense Council;National Security and Defence Council;Ukrainian government;Ukrainian Foreign Ministry;Cabinet of Ministers of Ukraine
UKRLEG|Verkhovna Rada;Rada;Ukrainian parliament
UKRMIL|Ukrainian army;Ukrainian military;Ukrainian armed forces;Ukrainian forces;Ukrainian troops;Armed Forces of Ukraine;Ukrainian General Staff;Ukrainian Defense Ministry
UKRSPY|SBU;Security Service of Ukraine;HUR;Ukrainian military intelligence
UKRMED|Ukrinform;Kyiv Independent;Ukrainska Pravda
TURGOV|Turkish government;Turkish Foreign Ministry;Bestepe;Beştepe
TURLEG|Grand National Assembly;Grand National Assembly of Turkey;Turkish parliament
TURMIL|Turkish army;Turkish military;Turkish armed forces;Turkish forces;Turkish troops
TURSPY|National Intelligence Organization;Turkish intelligence agency
TURMED|Anadolu;Anadolu Agency;TRT;Daily Sabah;Hurriyet;Hürriyet
SAUGOV|Saudi government;Saudi royal court
SAUMED|Saudi Press Agency;Al Arabiya;Al-Arabiya;Arab News
QATMED|Al Jazeera;Al-Jazeera;Aljazeera
SYRGOVMED|SANA;Syrian Arab News Agency
EGYMED|Middle East News Agency;Al-Ahram;Al Ahram
AUSLEG|Australian parliament;Parliament House, Canberra
CANLEG|Parliament Hill;House of Commons of Canada;Canadian parliament
CANCOP|Royal Canadian Mounted Police;RCMP;Mounties
CANMED|CBC;Canadian Broadcasting Corporation;Globe and Mail
ARGGOV|Casa Rosada
BRAGOV|Planalto;Planalto Palace;Itamaraty
BRALEG|Brazilian Congress;Congresso Nacional
CHLGOV|La Moneda
MEXGOV|Los Pinos;National Palace of Mexico
PHLGOV|Malacanang;Malacañang;Malacanang Palace;Malacañang Palace
VENGOV|Miraflores;Miraflores Palace
ESPGOV|Moncloa;La Moncloa
ITAGOV|Palazzo Chigi;Farnesina;Quirinale;Quirinal
ZAFGOV|Union Buildings
AUSGOV|Kirribilli House
NLDGOV|Binnenhof
POLLEG|Sejm
SWELEG|Riksdag
NORLEG|Storting
DNKLEG|Folketing
FINLEG|Eduskunta
IRLLEG|Dail;Dáil;Dail Eireann;Dáil Éireann;Oireachtas
EGYGOV|Ittihadiya;Ittihadiya Palace
AFGGOV|Arg Palace;Presidential Palace in Kabul
MMRMIL|Tatmadaw;Myanmar military;Myanmar army;Burmese military;Burmese army;Myanmar junta;Burmese junta;State Administration Council;State Security and Peace Commission
THAMIL|Royal Thai Army;Thai army;Thai military
TWNMIL|Taiwanese military;Taiwan's military;Republic of China Armed Forces
TWNLEG|Legislative Yuan
TWNGOV|Executive Yuan;Presidential Office Building;Mainland Affairs Council
TWNMED|Central News Agency;Taipei Times;Focus Taiwan
VATGOV|Pope;Pontiff;Holy Father;Apostolic Palace
BGDLEG|Jatiya Sangsad
ESTLEG|Riigikogu
LVALEG|Saeima
LTULEG|Seimas
ISLLEG|Althing;Alþingi
ESPLEG|Cortes Generales;Congress of Deputies
TKMLEG|Mejlis
UZBLEG|Oliy Majlis
KGZLEG|Jogorku Kenesh
KAZLEG|Mazhilis;Majilis
MNGLEG|State Great Khural;Great Khural
MYSLEG|Dewan Rakyat
PHLLEG|Philippine Senate;Philippine House of Representatives
ALBLEG|Kuvendi
PAKMIL|Inter-Services Public Relations;ISPR
ZAFMIL|South African National Defence Force;SANDF
NZLMIL|New Zealand Defence Force;NZDF
CODMIL|FARDC;Armed Forces of the Democratic Republic of the Congo;Congolese army;Congolese armed forces
VENMIL|FANB;Bolivarian National Armed Forces
UGAMIL|Uganda People's Defence Force;Uganda People's Defence Forces;UPDF
ETHMIL|Ethiopian National Defense Force;Ethiopian National Defence Force;ENDF
KENMIL|Kenya Defence Forces;KDF
MLIMIL|FAMa;Malian Armed Forces;Malian army
IRNMIL|Artesh;Islamic Republic of Iran Army
PHLMIL|Armed Forces of the Philippines
PHLCOP|Philippine National Police;PNP;National Bureau of Investigation of the Philippines
CHLCOP|Carabineros
MEXMIL|Guardia Nacional;Mexican National Guard;SEDENA;Mexican army;Mexican navy
FRASPY|DGSE;DGSI
DEUSPY|BND;Federal Intelligence Service
AUSSPY|ASIS;ASIO;Australian Security Intelligence Organisation
CANSPY|Canadian Security Intelligence Service
INDSPY|Research and Analysis Wing;R&AW
INDCOP|National Investigation Agency of India;Central Bureau of Investigation;Enforcement Directorate
AFGSPY|National Directorate of Security;General Directorate of Intelligence
UKRSPY|GUR
PRKSPY|Reconnaissance General Bureau;RGB
USASPY|Director of National Intelligence;DNI
LBNMED|Al-Manar;Al Manar;Al Mayadeen;Al-Mayadeen
PSEMED|WAFA;Wafa news agency;Al-Aqsa TV
YEMMED|Saba news agency;Al Masirah;Al-Masirah
QATMED|Qatar News Agency;QNA
AREMED|Emirates News Agency;WAM;Gulf News
KWTMED|Kuwait News Agency;KUNA
SDNMED|Sudan News Agency;SUNA;Radio Dabanga;Sudan Tribune
JPNMED|Jiji Press;Jiji
MYSMED|Bernama
IDNMED|Antara;Antara news agency
BLRGOVMED|BelTA
ITAMED|ANSA;Corriere della Sera;La Repubblica
ESPMED|EFE;El Pais;El País
PRTMED|Lusa
KAZMED|Kazinform
CUBGOVMED|Prensa Latina;Granma
VENGOVMED|Telesur;teleSUR
IRNMED|ISNA;Iranian Students' News Agency;Iran International
SAUMED|Asharq Al-Awsat
PAKMED|Geo News;ARY News;Express Tribune
ZAFMED|Daily Maverick;News24
NGAMED|Premium Times
KENMED|Daily Nation
ETHMED|Addis Standard
UKRMED|Kyiv Post
RUSMED|Meduza;Novaya Gazeta;TV Rain;Dozhd;Komsomolskaya Pravda
RUSGOVMED|Rossiyskaya Gazeta;Channel One Russia;Rossiya 1
ISRMED|i24 News;i24NEWS;Kan public broadcaster
IRQMED|Rudaw;Kurdistan 24;Shafaq News
SYRMED|Enab Baladi
EGYMED|Mada Masr;Ahram Online
IGOEUREEC|Brussels;Berlaymont
"""

# Phrases containing a country name or adjective that refer to something else:
# given their own (correct) code so that longest match wins over the
# embedded country word.
OVERRIDES = r"""
USA|New Mexico;New Jersey;New England;Georgia State;State of Georgia;Fulton County;Georgia election;Georgia Senate race;U.S. state of Georgia;US state of Georgia;Atlanta;Atlanta, Georgia;Savannah, Georgia;African American;Native American;American Indian;Asian American;Arab American;Korean American;Chinese American;Mexican American;Irish American;Jewish American;Latin Americans in the United States
USAGOV|Georgia governor;Georgia's governor;Georgia Gov.;Governor of Georgia;Georgia Secretary of State;Georgia's secretary of state
USAEDU|University of Georgia;Georgia Tech;Georgia Institute of Technology
USALEG|Georgia legislature;Georgia lawmakers;Georgia General Assembly;Georgia state senator;Georgia state senate;Georgia House of Representatives
USAJUD|Georgia Supreme Court;Fulton County District Attorney;Fulton County prosecutors
USAPTY|Georgia Republicans;Georgia Republican Party;Georgia Democrats;Georgia Democratic Party;Georgia GOP
USACVL|Georgia voters;Georgia residents
NGA|Niger Delta;Niger State
AUS|New South Wales
IND|Indian-administered Kashmir
PAK|Pakistani-administered Kashmir;Pakistan-administered Kashmir;Azad Kashmir
IDN|West Papua;Papua province;Irian Jaya
GBR|Northern Irish
"""


# Provinces, regions and cities in the news, coded as their country (as in
# PETRARCH, where a place used as an actor stands for the state). Names shared by
# places in two countries (Punjab, Kashmir, Hyderabad, Victoria, Valencia,
# Cordoba, Georgia...) or with common words / personal names are left out.
PLACES = r"""
USA|Alabama;Alaska;Anchorage;Arizona;Arkansas;California;Southern California;Colorado;Connecticut;Delaware;Florida;Hawaii;Honolulu;Idaho;Illinois;Iowa;Kansas;Kentucky;Louisiana;Maine;Maryland;Massachusetts;Michigan;Minnesota;Mississippi;Missouri;Montana;Nebraska;Nevada;New Hampshire;New York;New York City;New York State;North Carolina;North Dakota;Ohio;Oklahoma;Oregon;Pennsylvania;Rhode Island;South Carolina;South Dakota;Tennessee;Texas;Utah;Vermont;West Virginia;Wisconsin;Wyoming;Washington State;Los Angeles;Chicago;Houston;Philadelphia;San Francisco;San Diego;Seattle;Boston;Miami;Detroit;Minneapolis;New Orleans;Manhattan;Baltimore;Denver;Las Vegas;Dallas;Mar-a-Lago
CAN|Ontario;Quebec;Alberta;British Columbia;Manitoba;Saskatchewan;Nova Scotia;New Brunswick;Newfoundland;Toronto;Montreal;Vancouver;Calgary;Edmonton;Winnipeg
MEX|Tijuana;Guadalajara;Monterrey;Ciudad Juarez;Ciudad Juárez;Culiacan;Culiacán;Sinaloa;Jalisco;Michoacan;Michoacán;Guanajuato;Tamaulipas;Chihuahua;Sonora;Veracruz;Puebla;Oaxaca;Chiapas;Nuevo Leon;Nuevo León;Baja California;Acapulco;Cancun;Cancún
COL|Medellin;Medellín;Cali;Cartagena;Cucuta;Cúcuta;Barranquilla;Antioquia;Cauca;Catatumbo
VEN|Maracaibo;Zulia
ECU|Guayaquil
PER|Cusco;Cuzco
BRA|Rio de Janeiro;Sao Paulo;São Paulo;Minas Gerais;Amazonas;Bahia;Rio Grande do Sul;Manaus;Belem;Belém
ARG|Patagonia
GUY|Essequibo
HTI|Cap-Haitien;Cap-Haïtien
FRA|Marseille;Lyon;Strasbourg;Toulouse;Bordeaux;Calais;Corsica
ESP|Barcelona;Catalonia;Andalusia;Basque Country;Seville;Bilbao;Canary Islands;Balearic Islands;Ceuta;Melilla
ITA|Milan;Naples;Sicily;Sardinia;Lampedusa;Venice;Turin;Genoa
DEU|Munich;Hamburg;Frankfurt;Cologne;Bavaria;Saxony;Thuringia;North Rhine-Westphalia;Baden-Wurttemberg;Baden-Württemberg
NLD|Rotterdam
BEL|Antwerp;Flanders;Wallonia
CHE|Geneva;Zurich;Zürich
POL|Krakow;Kraków;Gdansk;Gdańsk;Rzeszow;Rzeszów
GRC|Thessaloniki;Crete;Lesbos
SRB|Novi Sad
BIH|Republika Srpska;Banja Luka;Srebrenica;Mostar
KSV|Mitrovica
TUR|Istanbul;Izmir;Diyarbakir;Diyarbakır;Antalya;Gaziantep;Hatay;Kahramanmaras;Kahramanmaraş
AZE|Nagorno-Karabakh;Karabakh;Stepanakert;Khankendi;Nakhchivan
GEO|Batumi;Kutaisi
MDA|Gagauzia
RUS|Kursk;Kursk Oblast;Kursk region;Belgorod;Belgorod Oblast;Belgorod region;Bryansk;Bryansk Oblast;Bryansk region;Rostov;Rostov-on-Don;Krasnodar;Krasnodar Krai;Novorossiysk;Tuapse;St. Petersburg;St Petersburg;Saint Petersburg;Kaliningrad;Chechnya;Grozny;Dagestan;Vladivostok;Siberia;Tatarstan;Murmansk;Sochi;Yekaterinburg;Novosibirsk;Volgograd;Engels air base
UKR|Kharkiv;Kharkov;Kharkiv Oblast;Kharkiv region;Odesa;Odessa;Odesa Oblast;Odesa region;Lviv;Dnipro;Dnipropetrovsk Oblast;Dnipropetrovsk region;Zaporizhzhia;Zaporizhia;Zaporizhzhia Oblast;Zaporizhzhia region;Kherson;Kherson Oblast;Kherson region;Mykolaiv;Sumy;Sumy Oblast;Sumy region;Chernihiv;Poltava;Vinnytsia;Zhytomyr;Kryvyi Rih;Kramatorsk;Sloviansk;Bakhmut;Avdiivka;Pokrovsk;Kostiantynivka;Mariupol;Melitopol;Donetsk;Donetsk Oblast;Donetsk region;Luhansk;Luhansk Oblast;Luhansk region;Donbas;Donbass;Crimea;Crimean Peninsula;Sevastopol;Kerch;Kyiv Oblast;Kyiv region
PSE|Gaza City;Khan Younis;Khan Yunis;Rafah;Jabalia;Jabaliya;Deir al-Balah;Nuseirat;Beit Lahia;Beit Hanoun;Jenin;Nablus;Hebron;Tulkarm;Tulkarem;Bethlehem;Jericho;Qalqilya
ISR|Haifa;Eilat;Beersheba;Ashkelon;Ashdod;Sderot;Netanya;Negev
LBN|Tyre;Sidon;Nabatieh;Baalbek;Bint Jbeil;Dahiyeh;Beqaa;Bekaa;South Lebanon
SYR|Aleppo;Idlib;Homs;Hama;Latakia;Tartus;Deir ez-Zor;Deir el-Zor;Deir ez-Zor Governorate;Raqqa;Hasakah;Qamishli;Daraa;Suwayda;Sweida;Kobani;Afrin;Manbij;Palmyra;Quneitra
IRQ|Mosul;Basra;Erbil;Kirkuk;Fallujah;Ramadi;Najaf;Karbala;Sulaymaniyah;Anbar;Nineveh;Kurdistan Region;Iraqi Kurdistan;Kurdistan Region of Iraq
IRN|Isfahan;Natanz;Fordow;Fordo;Bushehr;Bandar Abbas;Mashhad;Tabriz;Shiraz;Qom;Ahvaz;Kharg Island;Hormozgan;Sistan and Baluchestan;Khuzestan;Kermanshah;Arak;Parchin
YEM|Hodeidah;Hudaydah;Marib;Taiz;Mukalla;Saada;Hadramout;Hadramawt
SAU|Jeddah;Mecca;Dhahran
EGY|Alexandria;Sinai;North Sinai;Sinai Peninsula;Sharm el-Sheikh;Port Said;Suez
LBY|Benghazi;Misrata;Tobruk;Sirte;Kufra;Derna
TUN|Sfax
DZA|Oran
MAR|Casablanca;Marrakesh;Marrakech;Tangier
SDN|Darfur;North Darfur;South Darfur;West Darfur;Central Darfur;East Darfur;Kordofan;North Kordofan;South Kordofan;West Kordofan;El Fasher;El-Fasher;Al-Fashir;El Obeid;El-Obeid;Omdurman;Blue Nile;Blue Nile State;White Nile State;Gezira;Wad Madani;Kassala;Dilling;Kadugli
SSD|Malakal;Upper Nile;Jonglei;Bentiu
ETH|Tigray;Mekelle;Amhara;Oromia
SOM|Kismayo;Baidoa;Beledweyne;Jubaland;Hiiraan;Lower Shabelle;Middle Shabelle;Galmudug;Hirshabelle;South West State;Bari Region;Bosaso
KEN|Mombasa;Kisumu;Garissa;Lamu
COD|Goma;Bukavu;Uvira;Beni;Butembo;Bunia;Lubumbashi;North Kivu;South Kivu;Ituri;Ituri Province;Masisi;Rutshuru;Walikale;Kasai;Katanga
NGA|Borno;Borno State;Maiduguri;Zamfara;Zamfara State;Katsina;Katsina State;Kaduna;Kaduna State;Kano;Kano State;Plateau State;Benue;Benue State;Sokoto;Sokoto State;Kebbi;Kwara;Kwara State;Kogi;Kogi State;Lagos;Port Harcourt;Yobe;Adamawa;Ibadan
MLI|Timbuktu;Kidal;Mopti;Menaka;Ménaka;Kayes;Segou;Ségou
BFA|Djibo;Bobo-Dioulasso;Fada N'Gourma
NER|Tillaberi;Tillabéri;Agadez;Diffa;Zinder;Tahoua
MOZ|Cabo Delgado;Pemba;Beira
ZAF|Johannesburg;Durban;Soweto;Gauteng;KwaZulu-Natal;Eastern Cape;Western Cape;Limpopo
ZWE|Bulawayo
CHN|Shanghai;Guangzhou;Shenzhen;Wuhan;Chengdu;Chongqing;Tianjin;Xinjiang;Tibet;Lhasa;Urumqi;Guangdong;Fujian;Sichuan;Yunnan;Hunan;Hubei;Inner Mongolia;Hainan;Guangxi;Henan;Shandong;Shanxi;Guizhou;Zhejiang;Jiangsu
TWN|Kaohsiung;Taichung;Kinmen
JPN|Osaka;Okinawa;Hokkaido;Fukushima;Hiroshima;Nagasaki;Kyoto;Yokohama;Kobe;Nagoya
KOR|Busan;Incheon;Daegu;Daejeon;Gwangju;Jeju;Ulsan;Gyeonggi;Gyeonggi Province
PRK|Kaesong;Sinuiju;Wonsan;Nampo;Hamhung;Yongbyon;Punggye-ri;Sohae
IND|Mumbai;Bombay;Kolkata;Calcutta;Chennai;Madras;Bengaluru;Bangalore;Ahmedabad;Pune;Jaipur;Lucknow;Srinagar;Amritsar;Uttar Pradesh;Maharashtra;West Bengal;Madhya Pradesh;Karnataka;Gujarat;Rajasthan;Telangana;Uttarakhand;Tamil Nadu;Kerala;Bihar;Assam;Manipur;Odisha;Chhattisgarh;Andhra Pradesh;Himachal Pradesh;Jharkhand;Haryana;Jammu and Kashmir;Ladakh;Pahalgam
PAK|Karachi;Lahore;Peshawar;Quetta;Multan;Faisalabad;Khyber Pakhtunkhwa;Balochistan;Baluchistan;Sindh;Waziristan;North Waziristan;South Waziristan;Bannu;Dera Ismail Khan;Bajaur;Gilgit-Baltistan
AFG|Kandahar;Herat;Kunduz;Jalalabad;Mazar-i-Sharif;Helmand;Nangarhar;Kunar;Bagram;Panjshir;Khost;Paktika
BGD|Chittagong;Chattogram;Cox's Bazar
LKA|Jaffna
MMR|Rakhine;Rakhine State;Shan State;Kachin State;Mandalay;Sagaing;Karen State;Kayin State;Chin State;Myawaddy;Lashio
THA|Phuket;Chiang Mai;Pattaya
VNM|Ho Chi Minh City;Saigon;Da Nang
PHL|Mindanao;Luzon;Cebu;Davao;Quezon City;Marawi;Visayas
MYS|Sabah;Sarawak;Penang;Johor
IDN|Java;West Java;East Java;Central Java;Bali;Sumatra;Aceh;Sulawesi;Papua;Highland Papua;Central Papua;Surabaya;Bandung;Medan;Nusantara
AUS|Sydney;Melbourne;Brisbane;Adelaide;Queensland;Western Australia;South Australia;Tasmania;Bondi
NZL|Auckland;Christchurch
"""

# People whose code depends on the date: the popes (heads of state of the
# Holy See). Limits inclusive, YYYYMMDD.
PEOPLE_DATED = r"""
Pope John Paul II;John Paul II|VATGOV 19781016-20050402;VATELI
Pope Benedict XVI;Benedict XVI;Pope Benedict;Joseph Ratzinger|VATGOV 20050419-20130228;VATELI
Pope Francis;Jorge Mario Bergoglio;Pope Francis I|VATGOV 20130313-20250421;VATELI
Pope Leo XIV;Leo XIV;Pope Leo;Robert Prevost;Robert Francis Prevost|VATGOV >20250508;VATELI
"""

# Phrases that contain a country word but are not actors at all: given the null
# code [---], so that the longest match takes them and the country word inside
# is not coded (dyad's coder treats "---" as no actor).
BLOCKS = r"""
National Security Council;Geneva Convention;Geneva Conventions;Vienna Convention;Paris Agreement;Paris climate agreement;Paris climate accord;Minsk agreements;Minsk agreement;Minsk accords;Oslo Accords;Rome Statute;Istanbul Convention;Helsinki Final Act;Helsinki Accords;Munich Security Conference;Indian Ocean;South China Sea;East China Sea;Sea of Japan;Korean Peninsula;Korea Strait;Taiwan Strait;Gulf of Mexico;Gulf of America;Gulf of Aden;Gulf of Oman;Gulf of Guinea;Gulf of Thailand;English Channel;Irish Sea;Jordan River;Jordan Valley;Niger River;Congo River;Congo Basin;Korean War;Vietnam War;Chinese New Year;Lunar New Year;Spanish flu;French fries;Russian roulette;Turkish coffee;Indian summer
"""

# CAMEO region codes.
REGIONS = r"""
AFR|Africa;Sub-Saharan Africa;Subsaharan Africa|African
ASA|Asia;Asia-Pacific;Asia Pacific;Asia-Pacific region|Asian
EUR|Europe;European continent|European
MEA|Middle East;Mideast;Near East|Middle Eastern;Mideast
LAM|Latin America;Central America;Latin American countries|Latin American;Central American
SAM|South America|South American
NMR|North America|North American
CRB|Caribbean;West Indies|Caribbean;West Indian
BLK|Balkans;Western Balkans;Balkan states|Balkan
CAU|Caucasus;South Caucasus;North Caucasus|
CAS|Central Asia|Central Asian
SAS|South Asia;Indian subcontinent|South Asian
SEA|Southeast Asia;South-East Asia;South East Asia|Southeast Asian;South-East Asian
SCN|Scandinavia;Nordic countries;Nordic states|Scandinavian;Nordic
WAF|West Africa|West African
EAF|East Africa;Horn of Africa|East African
NAF|North Africa;Maghreb|North African;Maghrebi
SAF|Southern Africa|Southern African
CFR|Central Africa|Central African region
PGS|Persian Gulf;Gulf states;Gulf Arab states;Arab Gulf states;Gulf countries|Gulf Arab
WST|Western countries;Western nations;Western powers;Western governments;Western allies;the West|Westerner
EEU|Eastern Europe;Central and Eastern Europe|Eastern European
EUR|E3;E3 countries;E3 nations;European troika;EU3;European powers|
MDT|Mediterranean|Mediterranean
ARB|Arab world;Arab countries;Arab states;Arab nations|Arab
"""

NO_PLURAL_ENDINGS = ("s", "sh", "ch", "ese", "x", "z", "men", "y", "ois", "otho",
                     "ais", "an-", "Swazi", "Manx", "Thai", "Kiribati", "Vanuatu")


def upper_ascii(s: str) -> str:
    """ASCII upper case; other characters are kept as written (as the engine's
    dict::Upper does, so "Côte" is written CôTE)."""
    return "".join(c.upper() if c.isascii() else c for c in s)


def phrase(name: str) -> str:
    """A phrase string: upper case, blanks -> underscores, trailing underscore."""
    p = upper_ascii(name.strip()).replace(", ", " ").replace(" ", "_")
    p = p.replace("(", "").replace(")", "")
    return p + "_"


# Hyphenated words dyad's segmenter keeps whole (kHyphenPrefixes in src/text/segment.cpp).
HYPHEN_PREFIXES = {
    "e", "non", "mid", "pre", "anti", "re", "post", "co", "over", "pro", "multi", "ex", "sub",
    "semi", "psycho", "neo", "cross", "micro", "intra", "counter", "socio", "un", "inter", "mega",
    "ultra", "super", "trans", "bi", "tri", "pseudo", "quasi", "arch"}


def token_split(p: str) -> str:
    """The same phrase cut where dyad's UD-style segmenter cuts words:
    hyphens become their own token (GUINEA-BISSAU -> GUINEA_-_BISSAU) and the
    possessive clitic is split off (PEOPLE'S -> PEOPLE_'S, WORKERS' -> WORKERS_')."""
    words = []
    for w in p.rstrip("_").split("_"):
        if w.endswith("'S") and len(w) > 2:
            words += [w[:-2], "'S"]
        elif w.endswith("S'") and len(w) > 2:
            words += [w[:-1], "'"]
        elif "-" in w.strip("-") and not w[0].isdigit():
            # As src/text/segment.cpp: a hyphen stays inside the word when the
            # part before it is one of the prefixes EWT keeps (e-, non-, anti-...).
            parts = w.split("-")
            cur = parts[0]
            for part in parts[1:]:
                last = cur.split("-")[-1]
                if last.lower() in HYPHEN_PREFIXES and last and last[-1].isalpha():
                    cur += "-" + part
                else:
                    words += [cur, "-"]
                    cur = part
            words.append(cur)
        elif w.endswith("+") and len(w) > 1:
            words += [w[:-1], "+"]
        else:
            words.append(w)
    return "_".join(words) + "_"


def full_split(p: str) -> str:
    """Every hyphen its own token (what a segmenter without the EWT prefix list does)."""
    global HYPHEN_PREFIXES
    saved, HYPHEN_PREFIXES = HYPHEN_PREFIXES, set()
    try:
        return token_split(p)
    finally:
        HYPHEN_PREFIXES = saved


def with_variants(phrases):
    """Each phrase followed by its segmenter-split variants when they differ."""
    out = []
    for p in phrases:
        for v in (p, token_split(p), full_split(p)):
            if v not in out:
                out.append(v)
    return out


# Adjectives that have no plural noun (no "Vaticans", "Nordics").
NO_PLURAL_WORDS = {"Antarctic", "Greenlandic", "Icelandic", "Hellenic", "Vatican", "Mideast",
                   "Nordic", "Caribbean", "Mediterranean", "Philippine", "Balkan", "Soviet",
                   "Luxembourgish", "Pole", "Kazak"}


def plural(demonym: str):
    d = demonym.strip()
    if d in NO_PLURAL_WORDS:
        return None
    if d.endswith(("man",)):
        return None  # Frenchman: plural listed explicitly
    if d.endswith(NO_PLURAL_ENDINGS) or d in ("Basotho", "Emaswati", "Batswana",
                                              "Motswana", "Mosotho"):
        return None
    return d + "s"


def split(field: str):
    return [x.strip() for x in field.split(";") if x.strip()]


def emit_block(out, code_lines, names, seen, header_code=None):
    """One PETRARCH actor record: first name (with code if undated), synonyms
    with '+', then tab-indented dated code lines."""
    names = with_variants(names)
    for n in names:
        if n in seen and seen[n] != code_lines:
            sys.stderr.write(f"warning: {n} already coded {seen[n]}, not {code_lines}\n")
    names = [n for n in dict.fromkeys(names) if n not in seen]
    if not names:
        return
    for n in names:
        seen[n] = code_lines
    if header_code:
        out.append(f"{names[0]} [{header_code}]")
    else:
        out.append(names[0])
    for n in names[1:]:
        out.append("+" + n)
    if not header_code:
        for c in code_lines:
            out.append("\t[" + c + "]")
    out.append("")


def table_rows(text):
    for line in text.strip().splitlines():
        if not line.strip():
            continue
        yield line.split("|")


def main():
    out = []
    w = out.append
    w("# dyad actor dictionary: countries, territories, capitals, seats of power,")
    w("# regions. PETRARCH actor format (see docs/DICTIONARIES.md).")
    w("# Generated by scripts/dev/gen_countries.py -- edit the script, not this file.")
    w("# Written by the dyad authors from facts (ISO 3166-1 codes, names, demonyms,")
    w("# capitals). Licence: same as dyad.")
    w("# Dates are YYYYMMDD, limits inclusive.")
    w("")
    seen = {}

    def country_block(rows, section):
        w("#" * 70)
        w("# " + section)
        w("#" * 70)
        w("")
        for row in rows:
            code = row[0].strip()
            names = [phrase(n) for n in split(row[1])]
            adjs = []
            for a in split(row[2]) if len(row) > 2 else []:
                adjs.append(phrase(a))
                p = plural(a)
                if p:
                    adjs.append(phrase(p))
            caps = [phrase(c) for c in split(row[3])] if len(row) > 3 else []
            dated = DATED.get(code)
            allnames = names + adjs + caps
            w(f"# {code}: {split(row[1])[0]}")
            if dated:
                emit_block(out, dated, allnames, seen)
            else:
                emit_block(out, [code], allnames, seen, header_code=code)

    country_block(table_rows(COUNTRIES), "Countries and territories (ISO 3166-1 + Kosovo)")
    country_block(table_rows(HISTORICAL), "Former states (for older stories)")

    w("#" * 70)
    w("# Seats of power, state organs, state and national media used as metonyms")
    w("#" * 70)
    w("")
    for code, names in table_rows(METONYMS):
        emit_block(out, [code], [phrase(n) for n in split(names)], seen, header_code=code)

    w("#" * 70)
    w("# Phrases that contain a country word but mean something else")
    w("#" * 70)
    w("")
    for code, names in table_rows(OVERRIDES):
        emit_block(out, [code], [phrase(n) for n in split(names)], seen, header_code=code)

    w("#" * 70)
    w("# Provinces, regions and cities (coded as the country)")
    w("#" * 70)
    w("")
    for code, names in table_rows(PLACES):
        emit_block(out, [code], [phrase(n) for n in split(names)], seen, header_code=code)

    w("#" * 70)
    w("# Popes (heads of state of the Holy See), dated")
    w("#" * 70)
    w("")
    for names, codes in table_rows(PEOPLE_DATED):
        emit_block(out, split(codes), [phrase(n) for n in split(names)], seen)

    w("#" * 70)
    w("# Not actors: null code, so that the country word inside is not coded")
    w("#" * 70)
    w("")
    emit_block(out, ["---"], [phrase(n) for n in split(BLOCKS.strip())], seen, header_code="---")

    w("#" * 70)
    w("# Regions (CAMEO region codes)")
    w("#" * 70)
    w("")
    for row in table_rows(REGIONS):
        code = row[0]
        names = [phrase(n) for n in split(row[1])]
        for a in split(row[2]):
            names.append(phrase(a))
            p = plural(a)
            if p:
                names.append(phrase(p))
        emit_block(out, [code], names, seen, header_code=code)

    sys.stdout.write("\n".join(out).rstrip("\n") + "\n")


if __name__ == "__main__":
    main()
