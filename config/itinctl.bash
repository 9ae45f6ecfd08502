# bash completion for itinctl(1)
# Installed as /usr/share/bash-completion/completions/itinctl.

_itinctl_feeds()
{
	# Feed names from the running daemon; nothing when it is not there.
	itinctl ${1:+-s "$1"} --json feeds 2>/dev/null |
	    sed -n 's/^ *"name": "\([^"]*\)",\{0,1\}$/\1/p'
}

_itinctl()
{
	local cur prev words cword
	_init_completion || return

	local commands="trips trip legs officials places search feeds feed
	    poll import reload watch status export extract"
	local filters="--person --role --from --to --city --since --until
	    --status --min-confidence --limit --all --json"
	local sock="" cmd="" i

	for ((i = 1; i < cword; i++)); do
		case ${words[i]} in
		-s|--socket)
			sock=${words[i + 1]}
			((i++))
			;;
		-*)
			;;
		*)
			cmd=${words[i]}
			break
			;;
		esac
	done

	case $prev in
	-s|--socket|-o|--output)
		_filedir
		return
		;;
	--status)
		COMPREPLY=($(compgen -W "planned ongoing completed cancelled" \
		    -- "$cur"))
		return
		;;
	--format)
		COMPREPLY=($(compgen -W "csv ics geojson json" -- "$cur"))
		return
		;;
	--what)
		COMPREPLY=($(compgen -W "legs trips places" -- "$cur"))
		return
		;;
	--since|--until|--person|--role|--from|--to|--city|--limit|\
	--min-confidence|--interval|--tags|--count|--feed)
		return
		;;
	esac

	if [[ -z $cmd ]]; then
		if [[ $cur == -* ]]; then
			COMPREPLY=($(compgen -W "-s --socket -j --json -h --help
			    -V --version" -- "$cur"))
		else
			COMPREPLY=($(compgen -W "$commands" -- "$cur"))
		fi
		return
	fi

	case $cmd in
	trips|legs)
		COMPREPLY=($(compgen -W "$filters" -- "$cur"))
		;;
	officials)
		COMPREPLY=($(compgen -W "--person --from --role --limit --all
		    --json" -- "$cur"))
		;;
	places)
		COMPREPLY=($(compgen -W "--to --city --limit --all --json" \
		    -- "$cur"))
		;;
	search)
		COMPREPLY=($(compgen -W "--feed --limit --all --json" -- "$cur"))
		;;
	export)
		COMPREPLY=($(compgen -W "--format --what -o --output
		    ${filters/--all/}" -- "$cur"))
		;;
	watch)
		COMPREPLY=($(compgen -W "--count --json" -- "$cur"))
		;;
	import)
		if [[ $cur == -* ]]; then
			COMPREPLY=($(compgen -W "--feed" -- "$cur"))
		else
			_filedir
		fi
		;;
	extract)
		_filedir
		;;
	poll)
		COMPREPLY=($(compgen -W "$(_itinctl_feeds "$sock")" -- "$cur"))
		;;
	feed)
		if [[ ${words[cword - 1]} == feed ]]; then
			COMPREPLY=($(compgen -W "add rm pause resume" -- "$cur"))
		elif [[ $cur == -* ]]; then
			COMPREPLY=($(compgen -W "--interval --tags" -- "$cur"))
		else
			case ${words[cword - 1]} in
			rm|pause|resume)
				COMPREPLY=($(compgen -W \
				    "$(_itinctl_feeds "$sock")" -- "$cur"))
				;;
			esac
		fi
		;;
	esac
} &&
	complete -F _itinctl itinctl
