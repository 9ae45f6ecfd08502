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

	local commands="trips upcoming trip legs leg officials official places
	    search feeds feed poll import reload watch status export extract"
	# Every command takes these too.
	local common="--json --utc --help"
	local filters="--person --role --from --to --city --since --until
	    --status --now --min-confidence --limit --all --json"
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
	--now)
		COMPREPLY=($(compgen -W "past under_way upcoming cancelled
		    unconfirmed" -- "$cur"))
		return
		;;
	--sort)
		COMPREPLY=($(compgen -W "start -start updated -updated" \
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
			COMPREPLY=($(compgen -W "-s --socket -j --json --utc -h
			    --help -V --version" -- "$cur"))
		else
			COMPREPLY=($(compgen -W "$commands" -- "$cur"))
		fi
		return
	fi

	case $cmd in
	trips)
		COMPREPLY=($(compgen -W "$filters --sort --upcoming $common" \
		    -- "$cur"))
		;;
	upcoming|legs)
		COMPREPLY=($(compgen -W "$filters $common" -- "$cur"))
		;;
	trip|leg|official|feeds|reload|status)
		[[ $cur == -* ]] &&
		    COMPREPLY=($(compgen -W "$common" -- "$cur"))
		;;
	officials)
		COMPREPLY=($(compgen -W "--person --from --role --limit --all
		    $common" -- "$cur"))
		;;
	places)
		COMPREPLY=($(compgen -W "--to --city --limit --all $common" \
		    -- "$cur"))
		;;
	search)
		COMPREPLY=($(compgen -W "--feed --limit --all $common" \
		    -- "$cur"))
		;;
	export)
		COMPREPLY=($(compgen -W "--format --what -o --output
		    ${filters/--all/} --help" -- "$cur"))
		;;
	watch)
		COMPREPLY=($(compgen -W "--count $common" -- "$cur"))
		;;
	import)
		if [[ $cur == -* ]]; then
			COMPREPLY=($(compgen -W "--feed $common" -- "$cur"))
		else
			_filedir
		fi
		;;
	extract)
		if [[ $cur == -* ]]; then
			COMPREPLY=($(compgen -W "--published --json --help" \
			    -- "$cur"))
		else
			_filedir
		fi
		;;
	poll)
		if [[ $cur == -* ]]; then
			COMPREPLY=($(compgen -W "$common" -- "$cur"))
		else
			COMPREPLY=($(compgen -W "$(_itinctl_feeds "$sock")" \
			    -- "$cur"))
		fi
		;;
	feed)
		if [[ ${words[cword - 1]} == feed ]]; then
			COMPREPLY=($(compgen -W "add rm pause resume" -- "$cur"))
		elif [[ $cur == -* ]]; then
			COMPREPLY=($(compgen -W "--interval --tags $common" \
			    -- "$cur"))
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
